package org.warrantlab.accounting;

import java.time.LocalDate;

/** An event whose amount is a fair-value measurement on its date: the date is the measurement's. */
public sealed interface MeasuredEvent extends BookEvent permits Issuance, Exercise, Amendment {

  /** The measurement on the event's date. */
  MeasurementInputs inputs();

  @Override
  default LocalDate date() {
    return inputs().date();
  }
}
