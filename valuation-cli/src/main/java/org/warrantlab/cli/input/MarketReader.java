package org.warrantlab.cli.input;

import java.time.LocalDate;
import org.warrantlab.market.Compounding;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;

/** Reads a {@code market} object: the market inputs on a date the surrounding object gives. */
final class MarketReader {

  private MarketReader() {
  }

  static MarketData read(JsonObjectReader market, LocalDate date) {
    return market.build(() -> new MarketData(
        date,
        market.number("spot"),
        market.number("volatility"),
        new RiskFreeRate(market.number("riskFreeRate"),
            market.enumValue("rateCompounding", Compounding.class, Compounding.CONTINUOUS)),
        market.number("dividendYield", 0.0),
        market.wholeNumber("sharesOutstanding")));
  }
}
