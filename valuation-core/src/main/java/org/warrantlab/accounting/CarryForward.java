package org.warrantlab.accounting;

/** How an input solved at issue reaches the later measurements of its tranche. */
public enum CarryForward {
  /** The solved input itself, whatever the market input becomes. */
  VALUE,
  /** The market input of each date plus the solved input's spread to the market input at issue. */
  SPREAD
}
