package org.warrantlab.cli.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.warrantlab.cli.input.PerturbationPaths;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.scenario.ValuationInputs;

class InputLabelTest {

  private static final Optional<String> USD = Optional.of("USD");

  @Test
  void anInputIsNamedInWordsWithItsUnitAndATrancheByItsId() throws IOException {
    ValuationInputs capstone = ValuationInputReader.read(new ObjectMapper().readTree(
        Path.of("..", "examples", "capstone-2009-09-30.json").toFile())).inputs();
    assertEquals("Volatility (%)", title("market.volatility", capstone, USD));
    assertEquals("Share price (USD)", title("market.spot", capstone, USD));
    assertEquals("Share price", title("market.spot", capstone, Optional.empty()));
    assertEquals("Risk-free rate (%)", title("market.riskFreeRate", capstone, USD));
    assertEquals("Exercise price of tranche 2008-09 (USD)", title("warrants[1].exercisePrice", capstone, USD));
    assertEquals("Warrants outstanding in tranche 2008-09", title("warrants[1].count", capstone, USD));
    assertEquals("Probability of the financing of 2010-03-01 to 2010-03-31 (%)",
        title("financings[0].probability", capstone, USD));
    assertEquals("Amount raised in the financing of 2010-03-01 to 2010-03-31 (USD)",
        title("financings[0].amount", capstone, USD));
    assertEquals("Simulated paths", title("simulation.paths", capstone, USD));
  }

  @Test
  void ratesReadAsPercentagesMoneyWithSeparatorsAndASeedAsItIs() {
    assertEquals("72.5%", AxisUnit.PERCENT.format(0.725));
    assertEquals("60%", AxisUnit.PERCENT.format(0.6000000000000001));
    assertEquals("30,345,337", AxisUnit.MONEY.format(30_345_336.89));
    assertEquals("1.30", AxisUnit.MONEY.format(1.3));
    assertEquals("1.188", AxisUnit.MONEY.format(1.188));
    assertEquals("-1,250", AxisUnit.MONEY.format(-1250));
    assertEquals("200,000", AxisUnit.COUNT.format(200_000));
    assertEquals("20091130", AxisUnit.NUMBER.format(20_091_130));
  }

  private static String title(String path, ValuationInputs inputs, Optional<String> currency) {
    return InputLabel.of(PerturbationPaths.number(path), inputs, currency).title();
  }
}
