package org.warrantlab.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warrantlab.scenario.CurveField;
import org.warrantlab.scenario.FinancingField;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.PriceField;
import org.warrantlab.scenario.SettingsField;
import org.warrantlab.scenario.TrancheField;

class PerturbationPathsTest {

  @Test
  void aPathNamesItsPlaceWithItsPositions() {
    assertEquals(NumericInput.market(MarketField.VOLATILITY), PerturbationPaths.number("market.volatility"));
    assertEquals(NumericInput.tranche(1, TrancheField.EXERCISE_PRICE),
        PerturbationPaths.number("warrants[1].exercisePrice"));
    assertEquals(NumericInput.tranche(0, TrancheField.FLOOR), PerturbationPaths.number("warrants[0].antiDilution.floor"));
    assertEquals(NumericInput.scheduledReset(2, 3, PriceField.VWAP_DAYS),
        PerturbationPaths.number("warrants[2].scheduledResets[3].vwapDays"));
    assertEquals(NumericInput.financing(0, FinancingField.PROBABILITY),
        PerturbationPaths.number("financings[0].probability"));
    assertEquals(NumericInput.financing(4, FinancingField.FIXED_PRICE), PerturbationPaths.number("financings[4].price"));
    assertEquals(NumericInput.settings(SettingsField.REGRESSION_DEGREE),
        PerturbationPaths.number("simulation.earlyExercise.degree"));
    assertEquals(NumericInput.curvePoint(CurveField.VOLATILITY, 1),
        PerturbationPaths.number("market.volatilityCurve[1].volatility"));
    assertEquals(NumericInput.curvePoint(CurveField.RISK_FREE_RATE, 0),
        PerturbationPaths.number("market.riskFreeCurve[0].rate"));
  }

  @Test
  void everySupportedPathMapsToAPlace() {
    for (String template : PerturbationPaths.supported()) {
      String path = template.replace("[i]", "[0]").replace("[j]", "[1]");
      assertTrue(PerturbationPaths.number(path) != null, path);
    }
    assertEquals(29, PerturbationPaths.supported().size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"market.volatilty", "warrants[0].id", "warrants.exercisePrice", "market[0].spot",
      "valuationDate", "warrants[0].expiryDate", "financings[0].postMoney", "a[0].b[1].c[2].d"})
  void anUnsupportedPathIsOneLineListingTheSupportedOnes(String path) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PerturbationPaths.number(path));
    assertTrue(e.getMessage().startsWith(path + " is not an input that can be varied; the inputs are market.{spot,"
        + " volatility, volatilityCurve[i].volatility, riskFreeRate, riskFreeCurve[i].rate, dividendYield,"
        + " sharesOutstanding}, warrants[i].{count, "), e.getMessage());
    assertTrue(e.getMessage().contains(", scheduledResets[j].vwapDays}, financings[i].{probability, intensity, ")
        && e.getMessage().endsWith(", earlyExercise.degree}"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void aPathThatIsNoPathSaysWhy() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> PerturbationPaths.number("market."))
        .getMessage().contains("is not an input path"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> PerturbationPaths.number("warrants[99999999999].count")).getMessage().contains("an index too large"));
  }
}
