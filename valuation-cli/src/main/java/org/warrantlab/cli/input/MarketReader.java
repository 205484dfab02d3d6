package org.warrantlab.cli.input;

import java.time.LocalDate;
import org.warrantlab.market.Compounding;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;

/** Reads a {@code market} object: the market inputs on a date the surrounding object gives. */
final class MarketReader {

  /**
   * Stands in for a date that has a problem of its own, so that the market's own fields are still
   * checked; a market read with it is never used.
   */
  static final LocalDate PLACEHOLDER_DATE = LocalDate.EPOCH;

  private MarketReader() {
  }

  /** The market on {@code date}; a null date (it has a problem of its own) reads the placeholder date. */
  static MarketData read(JsonObjectReader market, LocalDate date) {
    double spot = market.number("spot");
    double volatility = market.number("volatility");
    double rate = market.number("riskFreeRate");
    Compounding compounding = market.enumValue("rateCompounding", Compounding.class, Compounding.CONTINUOUS);
    double dividendYield = market.number("dividendYield", 0.0);
    long sharesOutstanding = market.wholeNumber("sharesOutstanding");
    LocalDate on = date != null ? date : PLACEHOLDER_DATE;
    return market.build(() -> new MarketData(on, spot, volatility, new RiskFreeRate(rate, compounding), dividendYield,
        sharesOutstanding));
  }
}
