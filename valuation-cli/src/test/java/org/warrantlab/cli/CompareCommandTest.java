package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compare}: a file against itself is no difference; one changed input takes all of it. */
class CompareCommandTest {

  @TempDir
  Path directory;

  @Test
  void aFileComparedWithItselfDiffersByNothingAndSaysSo() throws IOException {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    CliRun run = CliRun.of("compare", input.toString(), input.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("The two inputs are the same: the difference is zero."), run.out());
    JsonNode json = InputFiles.MAPPER.readTree(CliRun.of("compare", input.toString(), input.toString(), "--format",
        "json").out());
    assertTrue(json.get("identical").asBoolean());
    assertEquals(0, json.get("total").get("difference").decimalValue().signum());
    for (JsonNode line : json.get("attribution").get(2).get("attribution")) {
      assertEquals(0, line.get("amount").decimalValue().signum(), line.toString());
    }
  }

  @Test
  void twoFilesDifferingInTheSharePriceAloneHaveAllOfItOnTheSharePriceLine() throws IOException {
    Path first = InputFiles.write(directory, "first.json", InputFiles.VALID);
    Path second = InputFiles.variant(directory, root -> InputFiles.market(root).put("spot", 1.45));
    JsonNode json = InputFiles.MAPPER.readTree(CliRun.of("compare", first.toString(), second.toString(),
        "--format", "json").out());
    assertEquals(false, json.get("identical").asBoolean());
    for (int i = 0; i < 2; i++) {
      BigDecimal difference = json.get("tranches").get(i).get("difference").decimalValue();
      assertTrue(difference.signum() > 0, "a higher share price raises the value");
      for (JsonNode line : json.get("attribution").get(i).get("attribution")) {
        BigDecimal expected = line.get("factor").asText().equals("sharePrice") ? difference : BigDecimal.ZERO;
        assertEquals(0, expected.compareTo(line.get("amount").decimalValue()), line.toString());
      }
    }
  }

  @Test
  void theDifferenceByInputIsChartedAsAWaterfall() {
    Path first = InputFiles.write(directory, "first.json", InputFiles.VALID);
    Path second = InputFiles.variant(directory, root -> InputFiles.market(root).put("volatility", 0.7));
    Path chart = directory.resolve("waterfall.png");
    CliRun run = CliRun.of("compare", first.toString(), second.toString(), "--format", "markdown",
        "--attribution-order", "shapley", "--chart", chart.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("| Volatility "), run.out());
    assertTrue(Files.exists(chart));
  }

  @Test
  void booksOfOtherTranchesOrAnUnknownInputAreOneLineErrors() {
    Path first = InputFiles.write(directory, "first.json", InputFiles.VALID);
    Path second = InputFiles.variant(directory, root -> InputFiles.warrant(root, 0).put("id", "other"));
    CliRun books = CliRun.of("compare", first.toString(), second.toString());
    assertEquals(2, books.exitCode());
    assertTrue(books.err().contains("a comparison needs the same book"), books.err());
    CliRun order = CliRun.of("compare", first.toString(), first.toString(), "--attribution-order", "price");
    assertEquals(2, order.exitCode());
    assertTrue(order.err().contains("'price' is not an input; expected shapley or some of time,sharePrice"),
        order.err());
  }
}
