package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code value} reports per tranche the share of paths with a financing and with a reset and the mean reset
 * price, in the table, JSON and CSV alike; {@code explain --first} replays the first path with such an event.
 */
class PathStatisticsExampleTest {

  private static final String CAPSTONE = "examples/capstone-2009-09-30.json";

  @Test
  void theCapstoneBookIsFinancedOnThreePathsInFourAndTheRatchetResetsBelowItsExercisePrice() throws IOException {
    JsonNode report = new ObjectMapper().readTree(AuditFileTest.run("value", CAPSTONE, "--paths", "8000", "--format",
        "json"));
    for (JsonNode warrant : report.get("warrants")) {
      JsonNode statistics = warrant.get("pathStatistics");
      // two windows of probability 1/2, each financing exactly one path of an antithetic pair: a pair's share
      // is 1/2 or 1, each with probability 1/2, so the share is 0.75 with a standard error of 0.25 / √4000;
      // 4 standard errors: a false failure about once in 16,000 runs
      assertEquals(0.75, statistics.get("financingShare").asDouble(), 4 * 0.25 / Math.sqrt(4000));
      assertTrue(statistics.get("resetShare").asDouble() > 0.3, warrant.get("id") + " resets on many paths");
      assertTrue(statistics.get("resetShare").asDouble() <= statistics.get("financingShare").asDouble());
      assertTrue(statistics.get("meanResetPrice").asDouble() < warrant.get("exercisePrice").asDouble());
    }
    JsonNode ratchet = report.get("warrants").get(1).get("pathStatistics");
    assertTrue(ratchet.get("meanResetPrice").asDouble() >= 0.5, "never below the ratchet's floor of 0.50");
    String table = AuditFileTest.run("value", CAPSTONE, "--paths", "8000");
    assertTrue(table.contains(String.format(java.util.Locale.US, "  2008-09      a financing on %.2f%% of paths, a reset"
        + " by the clause on %.2f%%, mean exercise price after reset %.4f", 100 * ratchet.get("financingShare")
        .asDouble(), 100 * ratchet.get("resetShare").asDouble(), ratchet.get("meanResetPrice").asDouble())), table);
    List<String> csv = AuditFileTest.run("value", CAPSTONE, "--paths", "8000", "--format", "csv").lines().toList();
    int column = List.of(csv.get(0).split(",")).indexOf("\"resetShare\"");
    assertEquals(ratchet.get("resetShare").asDouble(), Double.parseDouble(csv.get(2).split(",")[column]), 0.0);
  }

  @Test
  void explainFirstReplaysTheFirstPathWithTheEventAndNoEarlierPathHasIt() {
    String found = AuditFileTest.run("explain", CAPSTONE, "--first", "reset", "--tranche", "2009-09");
    String first = found.lines().findFirst().orElseThrow();
    assertTrue(first.startsWith("The first path with a reset of 2009-09 is path "), first);
    long path = Long.parseLong(first.substring(first.lastIndexOf(' ') + 1, first.length() - 1));
    String replayed = AuditFileTest.run("explain", CAPSTONE, "--path", Long.toString(path));
    assertTrue(replayed.contains("reset 2009-09"), replayed);
    assertEquals(found.substring(found.indexOf('\n') + 1).replaceAll("Run finished .*", ""),
        replayed.replaceAll("Run finished .*", ""), "the same replay as --path " + path);
    for (long earlier = 0; earlier < path; earlier++) {
      assertTrue(!AuditFileTest.run("explain", CAPSTONE, "--path", Long.toString(earlier)).contains("reset 2009-09"));
    }
  }
}
