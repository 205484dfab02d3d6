package org.warrantlab.scenario;

import java.time.LocalDate;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;

/**
 * Where a date lives in the valuation inputs: the valuation date, a tranche's issue or expiry date (by its
 * position in the book), or the first or last day of a financing window (by its position).
 */
public sealed interface DateInput permits DateInput.ValuationDate, DateInput.IssueDate, DateInput.ExpiryDate,
    DateInput.FinancingStart, DateInput.FinancingEnd {

  DateInput VALUATION_DATE = new ValuationDate();

  /** The date in {@code inputs}; fails when the place is not there. */
  LocalDate valueIn(ValuationInputs inputs);

  /** {@code inputs} with the date set to {@code date}, checked as the records check their fields. */
  ValuationInputs with(ValuationInputs inputs, LocalDate date);

  /** The valuation date: the market's measurement date. */
  record ValuationDate() implements DateInput {

    @Override
    public LocalDate valueIn(ValuationInputs inputs) {
      return inputs.market().valuationDate();
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, LocalDate date) {
      return inputs.withMarket(inputs.market().withValuationDate(date));
    }
  }

  /** The issue date of the tranche at position {@code tranche}. */
  record IssueDate(int tranche) implements DateInput {

    public IssueDate {
      position(tranche, "tranche");
    }

    @Override
    public LocalDate valueIn(ValuationInputs inputs) {
      return inputs.warrant(tranche).issueDate();
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, LocalDate date) {
      return inputs.withWarrant(tranche, inputs.warrant(tranche).withIssueDate(date));
    }
  }

  /** The expiry date of the tranche at position {@code tranche}. */
  record ExpiryDate(int tranche) implements DateInput {

    public ExpiryDate {
      position(tranche, "tranche");
    }

    @Override
    public LocalDate valueIn(ValuationInputs inputs) {
      return inputs.warrant(tranche).expiryDate();
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, LocalDate date) {
      return inputs.withWarrant(tranche, inputs.warrant(tranche).withExpiryDate(date));
    }
  }

  /** The first day of the financing window at position {@code financing}. */
  record FinancingStart(int financing) implements DateInput {

    public FinancingStart {
      position(financing, "financing");
    }

    @Override
    public LocalDate valueIn(ValuationInputs inputs) {
      return inputs.financing(financing).start();
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, LocalDate date) {
      Financing changed = inputs.financing(financing);
      return inputs.withFinancing(financing, changed.withWindow(date, changed.end()));
    }
  }

  /** The last day (inclusive) of the financing window at position {@code financing}. */
  record FinancingEnd(int financing) implements DateInput {

    public FinancingEnd {
      position(financing, "financing");
    }

    @Override
    public LocalDate valueIn(ValuationInputs inputs) {
      return inputs.financing(financing).end();
    }

    @Override
    public ValuationInputs with(ValuationInputs inputs, LocalDate date) {
      Financing changed = inputs.financing(financing);
      return inputs.withFinancing(financing, changed.withWindow(changed.start(), date));
    }
  }

  private static void position(int index, String what) {
    if (index < 0) {
      throw new InvalidValueException(what, "position must be zero or more but was " + index);
    }
  }
}
