package org.warrantlab.calibration;

/** Thrown when a calibration has no answer; {@link #refusal()} says why, as data. */
public final class CalibrationRefusedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Refusal refusal;

  public CalibrationRefusedException(Refusal refusal) {
    super(refusal.reason());
    this.refusal = refusal;
  }

  public Refusal refusal() {
    return refusal;
  }
}
