package org.warrantlab.scenario;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * One change to the inputs of a valuation: a number set or shifted, or a date set or moved by days. A
 * perturbation names its place structurally ({@link NumericInput}, {@link DateInput}) and is applied by the
 * {@code with…} methods of the core records, so a perturbed value is checked as an input value is.
 */
public sealed interface Perturbation
    permits Perturbation.SetValue, Perturbation.Shift, Perturbation.SetDate, Perturbation.ShiftDate {

  /** The inputs with this change made. */
  ValuationInputs applyTo(ValuationInputs inputs);

  /** {@code input} set to {@code value}, e.g. the volatility to 0.6 in a sweep's cell. */
  static Perturbation set(NumericInput input, double value) {
    return new SetValue(input, value);
  }

  /** {@code input} moved by {@code amount}, e.g. the continuous rate by one basis point for rho. */
  static Perturbation shift(NumericInput input, double amount) {
    return new Shift(input, amount);
  }

  /** {@code input} set to {@code date}. */
  static Perturbation set(DateInput input, LocalDate date) {
    return new SetDate(input, date);
  }

  /** {@code input} moved by {@code days} calendar days, e.g. the valuation date a day on for theta. */
  static Perturbation shiftDays(DateInput input, long days) {
    return new ShiftDate(input, days);
  }

  /** The number at {@code input} set to {@code value}. */
  record SetValue(NumericInput input, double value) implements Perturbation {

    public SetValue {
      Checks.notNull(input, "input");
    }

    @Override
    public ValuationInputs applyTo(ValuationInputs inputs) {
      return input.with(inputs, value);
    }
  }

  /** The number at {@code input} plus {@code amount}. */
  record Shift(NumericInput input, double amount) implements Perturbation {

    public Shift {
      Checks.notNull(input, "input");
      Checks.finite(amount, "amount");
    }

    @Override
    public ValuationInputs applyTo(ValuationInputs inputs) {
      return input.shifted(inputs, amount);
    }
  }

  /** The date at {@code input} set to {@code date}. */
  record SetDate(DateInput input, LocalDate date) implements Perturbation {

    public SetDate {
      Checks.notNull(input, "input");
      Checks.notNull(date, "date");
    }

    @Override
    public ValuationInputs applyTo(ValuationInputs inputs) {
      return input.with(inputs, date);
    }
  }

  /** The date at {@code input} moved by {@code days} calendar days (negative: earlier). */
  record ShiftDate(DateInput input, long days) implements Perturbation {

    public ShiftDate {
      Checks.notNull(input, "input");
    }

    @Override
    public ValuationInputs applyTo(ValuationInputs inputs) {
      return input.with(inputs, input.valueIn(inputs).plusDays(days));
    }
  }
}
