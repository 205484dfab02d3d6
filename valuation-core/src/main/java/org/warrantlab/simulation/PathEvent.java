package org.warrantlab.simulation;

import java.time.LocalDate;

/** What happened on one simulated path, for the audit trail of {@code explain}. */
public sealed interface PathEvent {

  LocalDate date();

  /**
   * A simulated financing.
   *
   * @param financing index of the financing assumption in the input
   * @param close the day's close before the issue
   * @param vwap the VWAP the pricing read (equal to the close when it reads none)
   * @param issuePrice price per new share
   * @param shares new shares issued
   * @param sharesOutstandingAfter common shares outstanding after the issue
   * @param priceAfter the share price after the issue (the post-money price where that option is on)
   */
  record FinancingEvent(LocalDate date, int financing, double close, double vwap, double issuePrice, double shares,
      double sharesOutstandingAfter, double priceAfter) implements PathEvent {
  }

  /**
   * A change of a tranche's terms.
   *
   * @param cause "anti-dilution" or "scheduled reset"
   */
  record ResetEvent(LocalDate date, String trancheId, String cause, double exercisePriceBefore,
      double exercisePriceAfter, double sharesPerWarrantBefore, double sharesPerWarrantAfter) implements PathEvent {
  }

  /**
   * A tranche's exercise value at expiry, or on the day its holder exercises it early, on the terms as
   * they then stand.
   *
   * @param early whether the holder exercised before expiry
   * @param discountedPayoff per warrant, discounted to the valuation date
   */
  record SettlementEvent(LocalDate date, String trancheId, boolean early, double sharePrice, double exercisePrice,
      double sharesPerWarrant, double dilutionFactor, double discountedPayoff) implements PathEvent {
  }

  /**
   * The issuer's notice of redemption.
   *
   * @param hits closes at or above the trigger within the window that ended the notice's lag before it
   * @param redemptionDate the date the warrants are redeemed
   */
  record NoticeEvent(LocalDate date, String trancheId, double triggerPrice, int hits, int window,
      LocalDate redemptionDate) implements PathEvent {
  }

  /**
   * A redemption and the holder's choice on its date.
   *
   * @param fairMarketValue the make-whole fair market value; NaN without a make-whole table
   * @param makeWholeShares the make-whole shares per warrant; 0 without a make-whole table
   * @param discountedPayoff per warrant, discounted to the valuation date
   */
  record RedemptionEvent(LocalDate date, String trancheId, double sharePrice, double fairMarketValue,
      double makeWholeShares, HolderChoice choice, double discountedPayoff) implements PathEvent {
  }

  /**
   * A fundamental transaction and the holder's choice of the Black–Scholes value.
   *
   * @param volatility the greater of the floor and the path's historical volatility
   * @param blackScholesValue per warrant on the day, undiscounted
   * @param holdValue per warrant on the day, at the market's volatility
   * @param taken whether the holder took the Black–Scholes value
   */
  record TransactionEvent(LocalDate date, String trancheId, double sharePrice, double volatility,
      double blackScholesValue, double holdValue, boolean taken) implements PathEvent {
  }
}
