package org.warrantlab.cli.chart;

import java.math.BigDecimal;
import java.util.Optional;
import org.warrantlab.event.Financing;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.ZeroRateCurve;
import org.warrantlab.scenario.CurveField;
import org.warrantlab.scenario.FinancingField;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.PriceField;
import org.warrantlab.scenario.SettingsField;
import org.warrantlab.scenario.TrancheField;
import org.warrantlab.scenario.ValuationInputs;

/**
 * An input a study varies, in words a reader of the workpaper knows ("Exercise price of tranche 2008-09"),
 * and the unit its values are read in: every chart names its inputs here, from the structured place.
 *
 * @param words what the input is
 * @param unit how its values read
 * @param currency the book's currency, when it names one
 */
public record InputLabel(String words, AxisUnit unit, Optional<String> currency) {

  /** "Volatility (%)", "Share price (USD)": the words and the unit, for an axis. */
  public String title() {
    return words + unit.suffix(currency);
  }

  /** The label of {@code place} in the book {@code inputs}, whose amounts are in {@code currency}. */
  public static InputLabel of(NumericInput place, ValuationInputs inputs, Optional<String> currency) {
    if (place instanceof NumericInput.MarketNumber market) {
      return market(market.field(), currency);
    }
    if (place instanceof NumericInput.CurvePointNumber point) {
      return curvePoint(point, inputs, currency);
    }
    if (place instanceof NumericInput.TrancheNumber tranche) {
      return tranche(tranche.field(), " of " + tranche(tranche.tranche(), inputs), currency);
    }
    if (place instanceof NumericInput.ResetNumber reset) {
      boolean price = reset.field() == PriceField.FIXED_PRICE;
      return new InputLabel((price ? "Price" : "VWAP trading days") + " of scheduled reset " + (reset.reset() + 1)
          + " of " + tranche(reset.tranche(), inputs), price ? AxisUnit.MONEY : AxisUnit.COUNT, currency);
    }
    if (place instanceof NumericInput.FinancingNumber financing) {
      return financing(financing.field(), financing(financing.financing(), inputs), currency);
    }
    return settings(((NumericInput.SettingsNumber) place).field(), currency);
  }

  /** "tranche 2008-09": an id that could read as a date, named as a tranche. */
  public static String tranche(String id) {
    return "tranche " + id;
  }

  private static String tranche(int position, ValuationInputs inputs) {
    return position < inputs.warrants().size() ? tranche(inputs.warrant(position).id())
        : "tranche [" + position + "]";
  }

  private static String financing(int position, ValuationInputs inputs) {
    if (position >= inputs.financings().size()) {
      return "financing [" + position + "]";
    }
    Financing financing = inputs.financing(position);
    return "the financing of " + financing.start() + " to " + financing.end();
  }

  private static InputLabel market(MarketField field, Optional<String> currency) {
    return switch (field) {
      case SPOT -> new InputLabel("Share price", AxisUnit.MONEY, currency);
      case VOLATILITY -> new InputLabel("Volatility", AxisUnit.PERCENT, currency);
      case RISK_FREE_RATE -> new InputLabel("Risk-free rate", AxisUnit.PERCENT, currency);
      case CONTINUOUS_RATE -> new InputLabel("Risk-free rate, continuously compounded", AxisUnit.PERCENT, currency);
      case DIVIDEND_YIELD -> new InputLabel("Dividend yield", AxisUnit.PERCENT, currency);
      case SHARES_OUTSTANDING -> new InputLabel("Shares outstanding", AxisUnit.COUNT, currency);
    };
  }

  private static InputLabel curvePoint(NumericInput.CurvePointNumber point, ValuationInputs inputs,
      Optional<String> currency) {
    boolean volatility = point.field() == CurveField.VOLATILITY;
    Optional<Double> term = volatility
        ? Optional.of(inputs.market().volatility()).filter(TermVolatilities.class::isInstance)
            .map(curve -> ((TermVolatilities) curve).points()).filter(points -> point.point() < points.size())
            .map(points -> points.get(point.point()).term())
        : Optional.of(inputs.market().riskFreeRate()).filter(ZeroRateCurve.class::isInstance)
            .map(curve -> ((ZeroRateCurve) curve).points()).filter(points -> point.point() < points.size())
            .map(points -> points.get(point.point()).term());
    String at = term.map(years -> " at " + BigDecimal.valueOf(years).stripTrailingZeros().toPlainString() + " years")
        .orElse(" at curve point [" + point.point() + "]");
    return new InputLabel((volatility ? "Volatility" : "Risk-free rate") + at, AxisUnit.PERCENT, currency);
  }

  private static InputLabel tranche(TrancheField field, String ofTranche, Optional<String> currency) {
    return switch (field) {
      case COUNT -> new InputLabel("Warrants outstanding" + ofTranche.replaceFirst(" of ", " in "), AxisUnit.COUNT,
          currency);
      case SHARES_PER_WARRANT -> new InputLabel("Shares per warrant" + ofTranche, AxisUnit.NUMBER, currency);
      case EXERCISE_PRICE -> new InputLabel("Exercise price" + ofTranche, AxisUnit.MONEY, currency);
      case FLOOR -> new InputLabel("Anti-dilution floor" + ofTranche, AxisUnit.MONEY, currency);
      case MAX_RESETS -> new InputLabel("Resets allowed" + ofTranche, AxisUnit.COUNT, currency);
    };
  }

  private static InputLabel financing(FinancingField field, String financing, Optional<String> currency) {
    return switch (field) {
      case PROBABILITY -> new InputLabel("Probability of " + financing, AxisUnit.PERCENT, currency);
      case INTENSITY -> new InputLabel("Expected financings a year, " + financing, AxisUnit.NUMBER, currency);
      case AMOUNT -> new InputLabel("Amount raised in " + financing, AxisUnit.MONEY, currency);
      case SHARES -> new InputLabel("Shares sold in " + financing, AxisUnit.COUNT, currency);
      case MAX_SHARES -> new InputLabel("Most shares sold in " + financing, AxisUnit.COUNT, currency);
      case MAX_AMOUNT -> new InputLabel("Most raised in " + financing, AxisUnit.MONEY, currency);
      case DISCOUNT -> new InputLabel("Discount of " + financing, AxisUnit.PERCENT, currency);
      case FIXED_PRICE -> new InputLabel("Issue price of " + financing, AxisUnit.MONEY, currency);
      case VWAP_DAYS -> new InputLabel("VWAP trading days of " + financing, AxisUnit.COUNT, currency);
    };
  }

  private static InputLabel settings(SettingsField field, Optional<String> currency) {
    return switch (field) {
      case PATHS -> new InputLabel("Simulated paths", AxisUnit.COUNT, currency);
      case SEED -> new InputLabel("Seed", AxisUnit.NUMBER, currency);
      case RANDOMISATIONS -> new InputLabel("Randomisations of the Sobol points", AxisUnit.COUNT, currency);
      case EXERCISE_DATES_PER_YEAR -> new InputLabel("Early-exercise dates a year", AxisUnit.COUNT, currency);
      case CALIBRATION_PATHS -> new InputLabel("Early-exercise calibration paths", AxisUnit.COUNT, currency);
      case REGRESSION_DEGREE -> new InputLabel("Early-exercise regression degree", AxisUnit.COUNT, currency);
    };
  }
}
