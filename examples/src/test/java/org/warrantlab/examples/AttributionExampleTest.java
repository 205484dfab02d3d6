package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.warrantlab.cli.Main;

/**
 * The attribution of the Capstone roll-forward (at 20,000 paths, as the README shows it): every period's and
 * year to date's lines sum, tranche by tranche and in total, to the change in fair value the roll-forward
 * books, to the cent, in sequential and in Shapley splits alike.
 */
class AttributionExampleTest {

  private static final Path CAPSTONE = Path.of("examples", "capstone-fy2010-rollforward.json").toAbsolutePath();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void everyPeriodsLinesSumToItsChangeInFairValueToTheCent() throws IOException {
    Map<String, BigDecimal> totals = new HashMap<>();
    for (String order : new String[] {"time,sharePrice,volatility", "shapley"}) {
      JsonNode report = run(order);
      Map<String, BigDecimal> booked = new HashMap<>();
      for (JsonNode row : report.get("rollforward")) {
        booked.put(key(row, row.get("tranche").asText()), row.get("changeInFairValue").decimalValue());
      }
      int lines = 0;
      for (JsonNode span : report.get("attribution").get("spans")) {
        for (JsonNode tranche : span.get("tranches")) {
          BigDecimal sum = BigDecimal.ZERO;
          for (JsonNode line : tranche.get("attribution")) {
            sum = sum.add(line.get("amount").decimalValue());
            lines++;
          }
          String key = key(span, tranche.get("tranche").asText());
          assertEquals(0, booked.get(key).compareTo(sum), key + " in " + order);
          assertEquals(0, booked.get(key).compareTo(tranche.get("change").decimalValue()), key);
          totals.merge(key + order, sum, BigDecimal::add);
        }
      }
      assertEquals(8, report.get("attribution").get("spans").size(), "four quarters and four years to date");
      assertTrue(lines >= 8 * 4 * 11, "every tranche of every span has its lines: " + lines);
    }
    totals.forEach((key, sum) -> {
      if (key.endsWith("shapley")) {
        String sequential = key.substring(0, key.length() - "shapley".length()) + "time,sharePrice,volatility";
        assertEquals(0, totals.get(sequential).compareTo(sum), key);
      }
    });
  }

  private static String key(JsonNode row, String tranche) {
    return row.get("span").asText() + " " + row.get("to").asText() + " " + tranche;
  }

  private static JsonNode run(String order) throws IOException {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), "rollforward", CAPSTONE.toString(),
        "--paths", "20000", "--format", "json", "--attribution-order", order);
    assertEquals(0, exitCode, err.toString());
    return MAPPER.readTree(out.toString());
  }
}
