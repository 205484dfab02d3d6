package org.warrantlab.scenario;

import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.FlatVolatility;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.ZeroRateCurve;

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

  /** Annualised volatility, when one volatility holds for every term; a shift moves a term structure in parallel. */
  VOLATILITY {
    @Override
    double of(MarketData market) {
      return flat(market).volatility();
    }

    @Override
    MarketData with(MarketData market, double value) {
      flat(market);
      return market.withVolatility(value);
    }

    @Override
    MarketData shifted(MarketData market, double amount) {
      return market.withVolatility(market.volatility().shifted(amount));
    }

    private FlatVolatility flat(MarketData market) {
      return market.volatility().scalar().orElseThrow(() -> new InvalidValueException("volatility",
          "is given as a term structure (" + TermVolatilities.FIELD + "): change one of its points instead"));
    }
  },

  /**
   * The risk-free rate as quoted, in its own compounding (which stays as it is), when one rate holds for
   * every term; a shift moves a curve's quoted rates in parallel.
   */
  RISK_FREE_RATE {
    @Override
    double of(MarketData market) {
      return flatRate(market).quoted();
    }

    @Override
    MarketData with(MarketData market, double value) {
      return market.withRiskFreeRate(flatRate(market).withQuoted(value));
    }

    @Override
    MarketData shifted(MarketData market, double amount) {
      return market.withRiskFreeRate(market.riskFreeRate().shiftedQuoted(amount));
    }
  },

  /**
   * The continuously compounded rate, when one rate holds for every term; setting it makes the quoted rate
   * continuous, and a shift moves a curve's continuous zero rates in parallel.
   */
  CONTINUOUS_RATE {
    @Override
    double of(MarketData market) {
      return flatRate(market).continuous();
    }

    @Override
    MarketData with(MarketData market, double value) {
      flatRate(market);
      return market.withRiskFreeRate(RiskFreeRate.continuous(value));
    }

    @Override
    MarketData shifted(MarketData market, double amount) {
      return market.withRiskFreeRate(market.riskFreeRate().shiftedContinuous(amount));
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

  /** {@code market} with the number moved by {@code amount}. */
  MarketData shifted(MarketData market, double amount) {
    return with(market, of(market) + amount);
  }

  private static RiskFreeRate flatRate(MarketData market) {
    return market.riskFreeRate().scalar().orElseThrow(() -> new InvalidValueException("riskFreeRate",
        "is given as a curve (" + ZeroRateCurve.FIELD + "): change one of its points instead"));
  }
}
