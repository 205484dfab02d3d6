package org.warrantlab.instrument;

import org.warrantlab.check.Checks;

/** How holders are paid when the issuer redeems: the redemption price in cash, or a make-whole exercise. */
public sealed interface RedemptionSettlement {

  /** Holders not exercising before the redemption date receive the redemption price in cash. */
  record Cash() implements RedemptionSettlement {
  }

  /**
   * Holders may also exercise cashless for the make-whole shares of {@code table}, read at the fair market
   * value of the {@code fairMarketValueDays} trading days after the notice.
   */
  record MakeWhole(MakeWholeTable table, int fairMarketValueDays) implements RedemptionSettlement {
    public MakeWhole {
      Checks.notNull(table, "makeWholeTable");
      Checks.positive(fairMarketValueDays, "fairMarketValueDays");
    }
  }

  /** Cash settlement. */
  RedemptionSettlement CASH = new Cash();
}
