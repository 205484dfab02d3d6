package org.warrantlab.sweep;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.event.Financing;
import org.warrantlab.market.MarketData;
import org.warrantlab.scenario.DateInput;
import org.warrantlab.scenario.FinancingField;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.scenario.ValuationInputs;

/**
 * The inputs of a tornado chart and their low and high settings. By default the Level 3 inputs a
 * filing discloses: share price and volatility ±10% of their values, the risk-free rate and dividend
 * yield ±1 point (the low setting never pushed below zero), every tranche's remaining term ±10%, and for each
 * financing assumption its probability ±0.25 (within 0 and 1; a Poisson intensity ×0.5 and ×1.5) and its
 * discount ±5 points (within 0 and 0.95). A range of the user's replaces the default of that input or adds one.
 */
public final class TornadoInputs {

  static final double RELATIVE = 0.10;
  static final double POINT = 0.01;
  static final double PROBABILITY = 0.25;
  static final double DISCOUNT = 0.05;

  private TornadoInputs() {
  }

  /** The default inputs of {@code inputs}: the market's four, the term, then each financing's two. */
  public static List<TornadoShock> levelThree(ValuationInputs inputs) {
    MarketData market = inputs.market();
    List<TornadoShock> shocks = new ArrayList<>();
    shocks.add(relative("Share price", MarketField.SPOT, market.spot(), false));
    shocks.add(market.volatility().scalar()
        .map(flat -> relative("Volatility", MarketField.VOLATILITY, flat.volatility(), true))
        .orElseGet(() -> CurveShocks.volatility(market)));
    shocks.add(market.riskFreeRate().scalar()
        .map(flat -> points("Risk-free rate", MarketField.RISK_FREE_RATE, flat.quoted()))
        .orElseGet(() -> CurveShocks.riskFreeRate(market)));
    shocks.add(points("Dividend yield", MarketField.DIVIDEND_YIELD, market.dividendYield()));
    shocks.add(term(inputs));
    for (int i = 0; i < inputs.financings().size(); i++) {
      financing(shocks, inputs, i);
    }
    return List.copyOf(shocks);
  }

  /**
   * {@code shocks} with the number at {@code place} set to {@code low} and {@code high}: replacing the
   * input's own settings (keeping its name) where {@code shocks} has it, otherwise added as {@code input}.
   */
  public static List<TornadoShock> withRange(List<TornadoShock> shocks, String input, NumericInput place,
      double low, double high) {
    List<TornadoShock> changed = new ArrayList<>(shocks);
    int existing = -1;
    for (int i = 0; i < changed.size(); i++) {
      if (changed.get(i).place().equals(Optional.of(place))) {
        existing = i;
      }
    }
    if (existing < 0) {
      changed.add(TornadoShock.of(input, place, low, high, false));
    } else {
      changed.set(existing, changed.get(existing).withSettings(low, high));
    }
    return List.copyOf(changed);
  }

  private static TornadoShock relative(String input, MarketField field, double base, boolean percent) {
    return TornadoShock.of(input, NumericInput.market(field), base * (1 - RELATIVE), base * (1 + RELATIVE), percent);
  }

  /** ±1 point, the low setting never pushed below zero (a negative base stays where it is). */
  private static TornadoShock points(String input, MarketField field, double base) {
    return TornadoShock.of(input, NumericInput.market(field), Math.min(base, Math.max(0, base - POINT)),
        base + POINT, true);
  }

  private static void financing(List<TornadoShock> shocks, ValuationInputs inputs, int index) {
    String name = "Financing [" + index + "] ";
    Financing financing = inputs.financing(index);
    FinancingField likelihood = FinancingField.likelihood(financing);
    NumericInput place = NumericInput.financing(index, likelihood);
    double base = place.valueIn(inputs);
    shocks.add(switch (likelihood) {
      case PROBABILITY -> TornadoShock.of(name + "probability", place, Math.max(0, base - PROBABILITY),
          Math.min(1, base + PROBABILITY), false);
      default -> TornadoShock.of(name + "intensity", place, base * 0.5, base * 1.5, false);
    });
    double discount = financing.terms().discount();
    shocks.add(TornadoShock.of(name + "discount", NumericInput.financing(index, FinancingField.DISCOUNT),
        Math.max(0, discount - DISCOUNT), Math.min(0.95, discount + DISCOUNT), true));
  }

  /** Every tranche's remaining term shortened and lengthened by 10%, in whole days. */
  private static TornadoShock term(ValuationInputs inputs) {
    LocalDate valuationDate = inputs.market().valuationDate();
    List<Perturbation> low = new ArrayList<>();
    List<Perturbation> high = new ArrayList<>();
    for (int i = 0; i < inputs.warrants().size(); i++) {
      long days = ChronoUnit.DAYS.between(valuationDate, inputs.warrants().get(i).expiryDate());
      long change = Math.round(days * RELATIVE);
      DateInput expiry = new DateInput.ExpiryDate(i);
      low.add(Perturbation.set(expiry, valuationDate.plusDays(days - change)));
      high.add(Perturbation.set(expiry, valuationDate.plusDays(days + change)));
    }
    return new TornadoShock("Term", Optional.empty(), low, high, "-10%", "+10%",
        new TornadoSetting(-RELATIVE, RELATIVE, TornadoSetting.Unit.RELATIVE_CHANGE));
  }
}
