package org.warrantlab.instrument;

/** When the holder may exercise. */
public enum ExerciseStyle {
  /** Only at expiry. */
  EUROPEAN,
  /** On any day up to expiry. */
  AMERICAN,
  /** On the listed exercise dates and at expiry. */
  BERMUDAN
}
