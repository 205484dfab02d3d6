package org.warrantlab.simulation;

/** What the holder of a redeemed warrant takes on the redemption date. */
public enum HolderChoice {
  /** Exercise for cash at the exercise price. */
  EXERCISE,
  /** Cashless exercise for the make-whole table's shares. */
  MAKE_WHOLE,
  /** The redemption price in cash. */
  REDEMPTION_PRICE
}
