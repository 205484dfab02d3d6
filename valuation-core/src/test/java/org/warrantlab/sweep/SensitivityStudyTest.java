package org.warrantlab.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.result.Estimate;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.TrancheField;
import org.warrantlab.scenario.ValuationInputs;

/** Sweeps and the tornado run from core objects alone: no file, no command line. */
class SensitivityStudyTest {

  private static final SimulationSettings SETTINGS = new SimulationSettings(20_000, 2009, true, true, 1);

  /** Capstone's 2008 full-ratchet tranche at $1.32 and 80% volatility, facing a 50% chance of a down round. */
  private static final ValuationInputs BASE = new ValuationInputs(Cases.market(1.32, 0.80), List.of(Cases.FULL_RATCHET),
      Cases.DOWN_ROUND, SETTINGS);

  private static final NumericInput VOLATILITY = NumericInput.market(MarketField.VOLATILITY);

  /**
   * Each cell is exactly the valuation of the case built by hand at that volatility (same seed, common
   * random numbers), and the reset warrant's value rises with volatility.
   */
  @Test
  void aSweepOverVolatilityValuesEachCellAsItsOwnCase() {
    SweepGrid grid = new SweepGrid(List.of(new SweepAxis("volatility", VOLATILITY, List.of(0.6, 0.8, 1.0))));
    List<BookValuation> cells = SweepStudy.run(BASE, grid, 2, Progress.NONE);
    assertEquals(3, cells.size());
    for (int i = 0; i < 3; i++) {
      double volatility = grid.axis(0).value(i);
      Estimate byHand = Cases.resetCase(1.32, volatility, SETTINGS).value().total();
      assertEquals(byHand, cells.get(i).total(), "cell at volatility " + volatility);
    }
    assertTrue(cells.get(0).total().value() < cells.get(1).total().value());
    assertTrue(cells.get(1).total().value() < cells.get(2).total().value());
    assertEquals(ValuationCase.of(BASE).value().total(), cells.get(1).total());
  }

  @Test
  void theTornadoMovesEachLevelThreeInputAloneAndSortsByItsSwing() {
    List<TornadoShock> shocks = TornadoInputs.levelThree(BASE);
    Tornado tornado = TornadoStudy.run(BASE, shocks, Measure.TOTAL, 2, Progress.NONE);
    Estimate base = ValuationCase.of(BASE).value().total();
    assertEquals(base, tornado.base());
    assertEquals(List.of("Dividend yield", "Financing [0] discount", "Financing [0] probability", "Risk-free rate",
        "Share price", "Term", "Volatility"), tornado.bars().stream().map(TornadoBar::input).sorted().toList());
    for (int k = 1; k < tornado.bars().size(); k++) {
      assertTrue(tornado.bars().get(k).swing() <= tornado.bars().get(k - 1).swing());
    }
    TornadoBar dividend = bar(tornado, "Dividend yield");
    assertEquals("0.00%", dividend.low());
    assertEquals(base, dividend.atLow(), "the yield is 0 and cannot go lower: its low is the base");
    TornadoBar volatility = bar(tornado, "Volatility");
    assertEquals("88.00%", volatility.high());
    assertEquals(Cases.resetCase(1.32, 0.8 * 1.1, SETTINGS).value().total(), volatility.atHigh());
    assertTrue(bar(tornado, "Share price").atHigh().value() > bar(tornado, "Share price").atLow().value());
  }

  /** The term is the remaining life of every tranche ±10% in whole days: 1,454 days here, so ±145. */
  @Test
  void theTermShockMovesEveryExpiryByATenthOfItsRemainingLife() {
    TornadoShock term = TornadoInputs.levelThree(BASE).stream().filter(s -> s.input().equals("Term")).findFirst()
        .orElseThrow();
    assertEquals(LocalDate.of(2013, 9, 23).minusDays(145), BASE.apply(term.low()).warrants().get(0).expiryDate());
    assertEquals(LocalDate.of(2013, 9, 23).plusDays(145), BASE.apply(term.high()).warrants().get(0).expiryDate());
  }

  @Test
  void aRangeReplacesAnInputsSettingsOrAddsAnInput() {
    NumericInput strike = NumericInput.tranche(0, TrancheField.EXERCISE_PRICE);
    List<TornadoShock> shocks = TornadoInputs.withRange(TornadoInputs.withRange(TornadoInputs.levelThree(BASE),
        "volatility", VOLATILITY, 0.5, 1.1), "strike", strike, 1.5, 2.5);
    assertEquals(8, shocks.size());
    TornadoShock volatility = shocks.get(1);
    assertEquals("Volatility", volatility.input());
    assertEquals("50.00%", volatility.lowText());
    assertEquals(0.5, BASE.apply(volatility.low()).market().volatility().termVolatility(1), 0.0);
    TornadoShock added = shocks.get(7);
    assertEquals("strike", added.input());
    assertEquals("2.5000", added.highText());
    assertEquals(2.5, BASE.apply(added.high()).warrants().get(0).exercisePrice(), 0.0);
  }

  private static TornadoBar bar(Tornado tornado, String input) {
    return tornado.bars().stream().filter(bar -> bar.input().equals(input)).findFirst().orElseThrow();
  }
}
