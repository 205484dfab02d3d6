package org.warrantlab.calibration;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.scenario.FinancingField;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.TrancheField;
import org.warrantlab.scenario.ValuationInputs;

/**
 * The values a calibration may give an input: the range that input can economically take (a volatility up to
 * 500%, a probability from 0 to 1), or for a price or size a factor of 100 either way of the inputs' value.
 *
 * @param lower the least value searched
 * @param upper the greatest value searched
 */
public record SearchRange(double lower, double upper) {

  /** The highest volatility searched: 500%. */
  public static final double MAX_VOLATILITY = 5.0;

  /** The lowest volatility searched: the model needs some randomness to simulate. */
  public static final double MIN_VOLATILITY = 1e-4;

  private static final double SCALE = 100;

  public SearchRange {
    Checks.finite(lower, "lower");
    Checks.finite(upper, "upper");
    if (!(lower < upper)) {
      throw new InvalidValueException("upper", "must be above the lower end " + lower + " but was " + upper);
    }
  }

  /** The width of the range. */
  public double width() {
    return upper - lower;
  }

  /**
   * The range searched for {@code place} in {@code inputs}; fails for a whole number or a simulation setting,
   * which no price can pin down, and for a size or price that is zero or unlimited.
   */
  public static SearchRange of(NumericInput place, ValuationInputs inputs) {
    double current = place.valueIn(inputs);
    if (place instanceof NumericInput.MarketNumber market) {
      return market(market.field(), current);
    }
    if (place instanceof NumericInput.TrancheNumber tranche) {
      return tranche(tranche.field(), current);
    }
    if (place instanceof NumericInput.ResetNumber reset) {
      return switch (reset.field()) {
        case FIXED_PRICE -> around(current, "reset price");
        case VWAP_DAYS -> throw wholeNumber("reset VWAP days");
      };
    }
    if (place instanceof NumericInput.FinancingNumber financing) {
      return financing(financing.field(), current);
    }
    throw new InvalidValueException("simulation setting", "is not a valuation input: no price determines it");
  }

  private static SearchRange tranche(TrancheField field, double current) {
    return switch (field) {
      case SHARES_PER_WARRANT -> around(current, "shares per warrant");
      case EXERCISE_PRICE -> around(current, "exercise price");
      case FLOOR -> around(current, "floor");
      case COUNT -> throw wholeNumber("warrant count");
      case MAX_RESETS -> throw wholeNumber("maximum resets");
    };
  }

  private static SearchRange market(MarketField field, double current) {
    return switch (field) {
      case VOLATILITY -> new SearchRange(MIN_VOLATILITY, MAX_VOLATILITY);
      case SPOT -> around(current, "spot");
      case RISK_FREE_RATE, CONTINUOUS_RATE -> new SearchRange(-0.05, 0.5);
      case DIVIDEND_YIELD -> new SearchRange(0, 0.5);
      case SHARES_OUTSTANDING -> throw wholeNumber("shares outstanding");
    };
  }

  private static SearchRange financing(FinancingField field, double current) {
    return switch (field) {
      case PROBABILITY -> new SearchRange(0, 1);
      case INTENSITY -> new SearchRange(0, 50);
      case DISCOUNT -> new SearchRange(0, 0.99);
      case AMOUNT, SHARES, MAX_SHARES, MAX_AMOUNT, FIXED_PRICE -> around(current, field.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
      case VWAP_DAYS -> throw wholeNumber("VWAP days");
    };
  }

  /** A factor of 100 either way of {@code current}, which must be positive and finite. */
  private static SearchRange around(double current, String what) {
    if (!(current > 0) || Double.isInfinite(current)) {
      throw new InvalidValueException(what, "is " + current + "; a calibration searches a factor of " + (int) SCALE
          + " either way of a positive, finite value");
    }
    return new SearchRange(current / SCALE, current * SCALE);
  }

  private static InvalidValueException wholeNumber(String what) {
    return new InvalidValueException(what, "is a whole number; a calibration solves for a continuous input");
  }
}
