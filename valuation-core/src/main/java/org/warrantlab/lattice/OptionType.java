package org.warrantlab.lattice;

/** Whether the holder has the right to buy (call) or to sell (put) one share at the strike. */
public enum OptionType {
  /** The right to buy: pays max(S - K, 0). */
  CALL {
    @Override
    public double payoff(double spot, double strike) {
      return Math.max(spot - strike, 0.0);
    }
  },
  /** The right to sell: pays max(K - S, 0). */
  PUT {
    @Override
    public double payoff(double spot, double strike) {
      return Math.max(strike - spot, 0.0);
    }
  };

  /**
   * The value of exercising now.
   *
   * @param spot share price, in the share's currency
   * @param strike exercise price, in the same currency
   */
  public abstract double payoff(double spot, double strike);
}
