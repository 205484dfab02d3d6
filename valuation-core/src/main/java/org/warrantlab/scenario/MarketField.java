package org.warrantlab.scenario;

import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;

/** A number of the market data, read and changed through {@link MarketData}'s {@code with…} methods. */
public enum MarketField {

  SPOT {
    @Override
    double of(MarketData market) {
      return market.spot();
    }

    @Override
    MarketData with(MarketData market, double value) {
      return market.withSpot(value);
    }
  },

  /** Annualised volatility. */
  VOLATILITY {
    @Override
    double of(MarketData market) {
      return market.volatility();
    }

    @Override
    MarketData with(MarketData market, double value) {
      return market.withVolatility(value);
    }
  },

  /** The risk-free rate as quoted, in its own compounding (which stays as it is). */
  RISK_FREE_RATE {
    @Override
    double of(MarketData market) {
      return market.riskFreeRate().quoted();
    }

    @Override
    MarketData with(MarketData market, double value) {
      return market.withRiskFreeRate(market.riskFreeRate().withQuoted(value));
    }
  },

  /** The continuously compounded rate; setting it makes the quoted rate continuous. */
  CONTINUOUS_RATE {
    @Override
    double of(MarketData market) {
      return market.continuousRate();
    }

    @Override
    MarketData with(MarketData market, double value) {
      return market.withRiskFreeRate(RiskFreeRate.continuous(value));
    }
  },

  /** Continuous dividend yield. */
  DIVIDEND_YIELD {
    @Override
    double of(MarketData market) {
      return market.dividendYield();
    }

    @Override
    MarketData with(MarketData market, double value) {
      return market.withDividendYield(value);
    }
  },

  /** Common shares outstanding, a whole number. */
  SHARES_OUTSTANDING {
    @Override
    double of(MarketData market) {
      return market.sharesOutstanding();
    }

    @Override
    MarketData with(MarketData market, double value) {
      return market.withSharesOutstanding(WholeNumbers.toLong(value, "sharesOutstanding"));
    }
  };

  abstract double of(MarketData market);

  abstract MarketData with(MarketData market, double value);
}
