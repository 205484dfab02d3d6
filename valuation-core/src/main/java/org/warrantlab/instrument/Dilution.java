package org.warrantlab.instrument;

/** Whether exercise of a tranche dilutes the shares it is written on. */
public enum Dilution {
  /** The warrant is valued as a call on the share. */
  NONE,
  /**
   * Exercise issues new shares: the warrant is worth N/(N+M) of the call, N shares outstanding and M
   * the shares the tranche issues on exercise (Hull, "Options, Futures and Other Derivatives").
   */
  SHARE_COUNT
}
