package org.warrantlab.event;

/** The share price a financing or a scheduled reset is priced from. */
public enum PriceReference {
  /** A price fixed in advance. */
  FIXED,
  /** The closing price on the day. */
  CLOSE,
  /** The average close over the n trading days ending on the day (no volume is modelled). */
  VWAP,
  /** The lesser of the close and the n-day VWAP, as in Capstone's 2012 prospectus supplement. */
  LESSER_OF_CLOSE_AND_VWAP
}
