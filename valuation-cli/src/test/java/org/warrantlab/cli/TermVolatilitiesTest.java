package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** vol --terms-of: one volatility per remaining term, each the plain vol --term figure, blended with peers. */
class TermVolatilitiesTest {

  @TempDir
  Path directory;

  /** Weekday closes from 2008-01-01 to 2009-09-30 following a fixed cycle of {@code step} per cent moves. */
  private Path prices(String name, int[] steps) {
    StringBuilder text = new StringBuilder("date,close\n");
    double close = 10;
    int i = 0;
    for (LocalDate day = LocalDate.of(2008, 1, 1); !day.isAfter(LocalDate.of(2009, 9, 30)); day = day.plusDays(1)) {
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        close *= 1 + steps[i++ % steps.length] / 100.0;
        text.append(day).append(',').append(close).append('\n');
      }
    }
    return InputFiles.write(directory, name, text.toString());
  }

  /** Three tranches: two expiring a year after the valuation date (one term), one half a year after. */
  private Path book() {
    ObjectNode root = InputFiles.validTree();
    InputFiles.warrant(root, 0).put("expiryDate", "2010-09-30");
    InputFiles.warrant(root, 1).put("expiryDate", "2010-03-31");
    ObjectNode twin = InputFiles.warrant(root, 0).deepCopy().put("id", "2008-09b");
    ((ArrayNode) root.get("warrants")).add(twin);
    return InputFiles.write(directory, "book.json", root);
  }

  @Test
  void eachTermIsTheVolatilityOfItsLookBackAndTheBlendIsVarianceWeighted() throws IOException {
    Path own = prices("own.csv", new int[] {3, -2, 1, -4, 2});
    Path peer = prices("peer.csv", new int[] {6, -5, 2, -1});
    CliRun run = CliRun.of("vol", own.toString(), "--terms-of", book().toString(), "--peer", peer + ":3",
        "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode root = InputFiles.MAPPER.readTree(run.out());
    JsonNode terms = root.get("terms");
    assertEquals(2, terms.size(), "equal terms are merged");
    assertEquals("2009-09", terms.get(0).get("tranches").get(0).asText(), "sorted by term");
    assertEquals("[\"2008-09\",\"2008-09b\"]", terms.get(1).get("tranches").toString());
    assertEquals(0.25, root.get("sources").get(0).get("weight").asDouble(), 1e-15);
    for (int t = 0; t < 2; t++) {
      JsonNode term = terms.get(t);
      double years = term.get("term").asDouble();
      double ownVol = volatility(own, years);
      double peerVol = volatility(peer, years);
      assertEquals(ownVol, term.get("volatilities").get(0).get("volatility").asDouble(), 0);
      assertEquals(peerVol, term.get("volatilities").get(1).get("volatility").asDouble(), 0);
      double blend = Math.sqrt(0.25 * ownVol * ownVol + 0.75 * peerVol * peerVol);
      assertEquals(blend, term.get("volatility").asDouble(), 1e-15);
      assertEquals(years, root.get("volatilityCurve").get(t).get("term").asDouble(), 0);
      assertEquals(blend, root.get("volatilityCurve").get(t).get("volatility").asDouble(), 1e-15);
    }
    assertEquals(252, terms.get(1).get("returnsWanted").asInt());
    CliRun table = CliRun.of("vol", own.toString(), "--terms-of", book().toString(), "--peer", peer + ":3");
    assertTrue(table.out().contains("\"volatilityCurve\": [\n  {\"term\": "), table.out());
    assertTrue(table.out().contains("variance-weighted: σ = √(Σ wᵢ σᵢ²)"), table.out());
  }

  private double volatility(Path file, double term) throws IOException {
    CliRun run = CliRun.of("vol", file.toString(), "--term", Double.toString(term), "--to", "2009-09-30",
        "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    return InputFiles.MAPPER.readTree(run.out()).get("volatility").asDouble();
  }

  @Test
  void aHistoryShorterThanATermIsRefusedUnlessAllowed() throws IOException {
    Path own = prices("own.csv", new int[] {3, -2, 1, -4, 2});
    ObjectNode root = InputFiles.validTree();
    Path book = InputFiles.write(directory, "long.json", root);
    String err = PriceFiles.assertRejected(directory, own, "vol", "--terms-of", book.toString());
    assertEquals("warrantlab: " + own + " has 456 daily returns on or before 2009-09-30 but tranche \"2008-09\","
        + " 3.984 years from expiry, needs 1004; --allow-short-history uses the 456 there are", err);
    CliRun allowed = CliRun.of("vol", own.toString(), "--terms-of", book.toString(), "--allow-short-history",
        "--format", "json");
    assertEquals(0, allowed.exitCode(), allowed.err());
    JsonNode first = InputFiles.MAPPER.readTree(allowed.out()).get("terms").get(0);
    assertEquals(456, first.get("volatilities").get(0).get("returns").asInt());
    assertEquals(1004, first.get("returnsWanted").asInt());
  }

  @Test
  void peersAndWeightsAreCheckedAsOptions() {
    Path own = prices("own.csv", new int[] {3, -2});
    assertTrue(PriceFiles.assertRejected(directory, own, "vol", "--terms-of", book().toString(), "--peer",
        own + ":0").contains("the weight 0 must be positive"));
    assertTrue(PriceFiles.assertRejected(directory, own, "vol", "--term", "1", "--peer", own.toString())
        .endsWith("--peer and --allow-short-history go with --terms-of BOOK"));
    assertTrue(PriceFiles.assertRejected(directory, own, "vol", "--terms-of", book().toString(), "--term", "1")
        .endsWith("--terms-of takes each tranche's term from BOOK: give it without --term or --from"));
  }
}
