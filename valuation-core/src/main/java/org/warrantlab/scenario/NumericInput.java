package org.warrantlab.scenario;

import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;

/**
 * Where a number lives in the valuation inputs: a field of the market or a point of its curves, of a tranche (by its position in
 * the book), of a tranche's scheduled reset, of a financing assumption (by its position) or of the
 * simulation settings. Reads the number and makes inputs with it changed.
 */
public sealed interface NumericInput permits NumericInput.MarketNumber, NumericInput.CurvePointNumber,
    NumericInput.TrancheNumber,
    NumericInput.ResetNumber, NumericInput.FinancingNumber, NumericInput.SettingsNumber {

  /** The number in {@code inputs}; fails when the place is not there. */
  double valueIn(ValuationInputs inputs);

  /** {@code inputs} with the number set to {@code value}, checked as the records check their fields. */
  ValuationInputs with(ValuationInputs inputs, double value);

  /** {@code inputs} with the number moved by {@code amount}. */
  default ValuationInputs shifted(ValuationInputs inputs, double amount) {
    return with(inputs, valueIn(inputs) + amount);
  }

  static NumericInput market(MarketField field) {
    return new MarketNumber(field);
  }

  static NumericInput curvePoint(CurveField field, int point) {
    return new CurvePointNumber(field, point);
  }

  static NumericInput tranche(int tranche, TrancheField field) {
    return new TrancheNumber(tranche, field);
  }

  static NumericInput scheduledReset(int tranche, int reset, PriceField field) {
    return new ResetNumber(tranche, reset, field);
  }

  static NumericInput financing(int financing, FinancingField field) {
    return new FinancingNumber(financing, field);
  }

  static NumericInput settings(SettingsField field) {
    return new SettingsNumber(field);
  }

  /** A number of the market data. */
  record MarketNumber(MarketField field) implements NumericInput {

    public MarketNumber {
      Checks.notNull(field, "field");
    }

    @Override
    public double valueIn(ValuationInputs inputs) {
      return field.of(inputs.market());
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, double value) {
      return inputs.withMarket(field.with(inputs.market(), value));
    }

    @Override
    public ValuationInputs shifted(ValuationInputs inputs, double amount) {
      return inputs.withMarket(field.shifted(inputs.market(), amount));
    }
  }

  /** The number at point {@code point} of a term structure of the market. */
  record CurvePointNumber(CurveField field, int point) implements NumericInput {

    public CurvePointNumber {
      Checks.notNull(field, "field");
      position(point, "point");
    }

    @Override
    public double valueIn(ValuationInputs inputs) {
      return field.of(inputs.market(), point);
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, double value) {
      return inputs.withMarket(field.with(inputs.market(), point, value));
    }
  }

  /** A number of the contract terms of the tranche at position {@code tranche} in the book. */
  record TrancheNumber(int tranche, TrancheField field) implements NumericInput {

    public TrancheNumber {
      position(tranche, "tranche");
      Checks.notNull(field, "field");
    }

    @Override
    public double valueIn(ValuationInputs inputs) {
      return field.of(inputs.warrant(tranche));
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, double value) {
      return inputs.withWarrant(tranche, field.with(inputs.warrant(tranche), value));
    }
  }

  /** A number of the price measure of scheduled reset {@code reset} of the tranche at {@code tranche}. */
  record ResetNumber(int tranche, int reset, PriceField field) implements NumericInput {

    public ResetNumber {
      position(tranche, "tranche");
      position(reset, "reset");
      Checks.notNull(field, "field");
    }

    @Override
    public double valueIn(ValuationInputs inputs) {
      return field.of(reset(inputs.warrant(tranche)).price());
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, double value) {
      Warrant warrant = inputs.warrant(tranche);
      List<ScheduledReset> resets = new ArrayList<>(warrant.scheduledResets());
      ScheduledReset changed = reset(warrant);
      resets.set(reset, changed.withPrice(field.with(changed.price(), value)));
      return inputs.withWarrant(tranche, warrant.withScheduledResets(resets));
    }

    private ScheduledReset reset(Warrant warrant) {
      int resets = warrant.scheduledResets().size();
      if (reset >= resets) {
        throw new InvalidValueException("scheduledResets", "[" + reset + "] is not among the scheduled resets of"
            + " tranche " + warrant.id() + ", which has " + (resets == 0 ? "none" : resets));
      }
      return warrant.scheduledResets().get(reset);
    }
  }

  /** A number of the financing assumption at position {@code financing}. */
  record FinancingNumber(int financing, FinancingField field) implements NumericInput {

    public FinancingNumber {
      position(financing, "financing");
      Checks.notNull(field, "field");
    }

    @Override
    public double valueIn(ValuationInputs inputs) {
      return field.of(inputs.financing(financing));
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, double value) {
      return inputs.withFinancing(financing, field.with(inputs.financing(financing), value));
    }
  }

  /** A number of the simulation settings. */
  record SettingsNumber(SettingsField field) implements NumericInput {

    public SettingsNumber {
      Checks.notNull(field, "field");
    }

    @Override
    public double valueIn(ValuationInputs inputs) {
      return field.of(inputs.settings());
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, double value) {
      return inputs.withSettings(field.with(inputs.settings(), value));
    }
  }

  private static void position(int index, String what) {
    if (index < 0) {
      throw new InvalidValueException(what, "position must be zero or more but was " + index);
    }
  }
}
