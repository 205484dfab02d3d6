package org.warrantlab.calibration;

import org.warrantlab.result.Estimate;

/** Why a calibration has no answer: the price is not positive, or no input in the searched range reaches it. */
public sealed interface Refusal permits Refusal.PriceNotPositive, Refusal.NoSolution {

  /** One line saying what is wrong, in the terms of the model (the caller names the input). */
  String reason();

  /** A price of zero or less, which no warrant has. */
  record PriceNotPositive(double price) implements Refusal {

    @Override
    public String reason() {
      return "the price must be positive but was " + price;
    }
  }

  /** On which side of the values in the range the price falls. */
  enum Side { BELOW_EVERY_VALUE, ABOVE_EVERY_VALUE }

  /**
   * The price is below (or above) the value at every input tried from the inputs' own value to the end of the
   * range the value moves towards the price in, so no input in the range gives the price.
   *
   * @param price the price asked for
   * @param side on which side of the values the price falls
   * @param range the range searched
   * @param nearestInput the input whose value came nearest the price: an end of the range
   * @param nearestValue the value there
   */
  record NoSolution(double price, Side side, SearchRange range, double nearestInput, Estimate nearestValue)
      implements Refusal {

    @Override
    public String reason() {
      String extreme = side == Side.BELOW_EVERY_VALUE ? "least" : "greatest";
      return "the price " + price + " is " + (side == Side.BELOW_EVERY_VALUE ? "below" : "above")
          + " the value at every input from " + range.lower() + " to " + range.upper() + ": the " + extreme
          + " is " + nearestValue.value() + " at " + nearestInput;
    }
  }
}
