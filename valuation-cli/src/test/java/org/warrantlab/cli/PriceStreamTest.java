package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.market.DailyPrice;

/**
 * vol and vwap read a price file as a stream and keep only their window, so that a file far larger than the
 * heap is measured: 150,000 rows in a 16 MB heap, which the whole file read into rows (about 760 bytes a row)
 * would exceed seven times over.
 */
class PriceStreamTest {

  private static final int ROWS = 150_000;

  @TempDir
  Path directory;

  @Test
  void aTrailingWindowHoldsNoMoreThanItsDays() {
    PriceWindow window = PriceWindow.trailing(11, Optional.of(LocalDate.of(2000, 1, 1)));
    LocalDate day = LocalDate.of(1900, 1, 1);
    for (int i = 0; i < 100_000; i++) {
      window.accept(new DailyPrice(day, 1 + i % 7, 100));
      assertTrue(window.size() <= 11);
      day = day.plusDays(1);
    }
    assertEquals(11, window.size());
    assertEquals(LocalDate.of(1900, 1, 1), window.first().date());
    assertEquals(LocalDate.of(2000, 1, 1), window.lastOnOrBeforeEnd().orElseThrow().date());
    assertEquals(LocalDate.of(2000, 1, 1), window.history().last().date());
    assertEquals(LocalDate.of(1999, 12, 22), window.history().first().date());
    assertEquals(36_525, window.countOnOrBeforeEnd());
  }

  @Test
  void volAndVwapMeasureAFileLargerThanTheHeap() throws Exception {
    Path prices = directory.resolve("prices.csv");
    List<Double> closes = new ArrayList<>();
    LocalDate day = LocalDate.of(1, 1, 1);
    try (BufferedWriter out = Files.newBufferedWriter(prices, StandardCharsets.UTF_8)) {
      out.write("date,close,volume\n");
      for (int i = 0; i < ROWS; i++) {
        double close = 10 + (i % 2 == 0 ? 0.1 : 0) + (i % 3) * 0.05;
        closes.add(close);
        out.write(day + "," + close + "," + (1000 + i % 5) + "\n");
        day = day.plusDays(1);
      }
    }
    LocalDate last = day.minusDays(1);
    String vwap = runInSmallHeap("vwap", prices.toString(), "--end", last.toString(), "--days", "3",
        "--format", "json");
    double expected = 0;
    double volume = 0;
    for (int i = ROWS - 3; i < ROWS; i++) {
      expected += closes.get(i) * (1000 + i % 5);
      volume += 1000 + i % 5;
    }
    assertEquals(expected / volume, InputFiles.MAPPER.readTree(vwap).get("vwap").asDouble(), 1e-12);
    JsonNode vol = InputFiles.MAPPER.readTree(runInSmallHeap("vol", prices.toString(), "--term", "1", "--format",
        "json"));
    assertEquals(252, vol.get("returns").asInt());
    assertEquals(last.toString(), vol.get("lastDate").asText());
  }

  private static String runInSmallHeap(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx16m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), output);
    return output;
  }
}
