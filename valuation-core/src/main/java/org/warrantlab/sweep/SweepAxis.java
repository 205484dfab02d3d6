package org.warrantlab.sweep;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;

/**
 * One input of a sweep and the values it takes, in order.
 *
 * @param input the input's name as reports show it, e.g. "volatility"
 * @param place where the input lives in the valuation inputs
 * @param values finite numbers, at least one, none repeated
 */
public record SweepAxis(String input, NumericInput place, List<Double> values) {

  /** Most values one axis may take: a typo in a step should not start a million valuations. */
  public static final int MAX_VALUES = 1_000;

  public SweepAxis {
    Checks.notNull(input, "input");
    Checks.notNull(place, "place");
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new InvalidValueException(input, "has no values to take");
    }
    if (values.size() > MAX_VALUES) {
      throw new InvalidValueException(input, "takes " + values.size() + " values, more than " + MAX_VALUES);
    }
    for (double value : values) {
      Checks.finite(value, input);
    }
    if (values.stream().distinct().count() < values.size()) {
      throw new InvalidValueException(input, "takes the same value twice: " + values);
    }
  }

  /**
   * {@code from}, {@code from + step}, ... up to and including {@code to} when a whole number of steps
   * reaches it, in exact decimal arithmetic (so 0.4:1.2:0.1 gives 0.4, 0.5, ..., 1.2 and no 0.6000000001).
   */
  public static SweepAxis range(String input, NumericInput place, BigDecimal from, BigDecimal to, BigDecimal step) {
    if (step.signum() <= 0) {
      throw new InvalidValueException(input, "needs a positive step but got " + step.toPlainString());
    }
    if (to.compareTo(from) < 0) {
      throw new InvalidValueException(input, "range " + from.toPlainString() + ":" + to.toPlainString()
          + " is empty: the end is below the start");
    }
    BigDecimal count = to.subtract(from).divide(step, 0, RoundingMode.FLOOR).add(BigDecimal.ONE);
    if (count.compareTo(BigDecimal.valueOf(MAX_VALUES)) > 0) {
      throw new InvalidValueException(input, "range " + from.toPlainString() + ":" + to.toPlainString() + ":"
          + step.toPlainString() + " takes " + count.toPlainString() + " values, more than " + MAX_VALUES);
    }
    List<Double> values = new ArrayList<>();
    for (BigDecimal value = from; value.compareTo(to) <= 0; value = value.add(step)) {
      values.add(value.doubleValue());
    }
    return new SweepAxis(input, place, values);
  }

  public int size() {
    return values.size();
  }

  public double value(int index) {
    return values.get(index);
  }

  /** The input set to its {@code index}-th value. */
  public Perturbation perturbation(int index) {
    return Perturbation.set(place, values.get(index));
  }
}
