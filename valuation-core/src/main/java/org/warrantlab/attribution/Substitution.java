package org.warrantlab.attribution;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.scenario.ValuationInputs;

/** The inputs with some factors at their closing values and the rest at their opening values. */
final class Substitution {

  private final ValuationInputs start;
  private final ValuationInputs end;

  Substitution(ValuationInputs start, ValuationInputs end) {
    this.start = start;
    this.end = end;
  }

  /** The start inputs with every factor in {@code closed} taken from the end inputs. */
  ValuationInputs at(Set<Factor> closed) {
    MarketData from = start.market();
    MarketData to = end.market();
    MarketData market = from;
    if (closed.contains(Factor.TIME)) {
      market = market.withValuationDate(to.valuationDate());
    }
    if (closed.contains(Factor.SHARE_PRICE)) {
      market = market.withSpot(to.spot());
    }
    if (closed.contains(Factor.VOLATILITY)) {
      market = market.withVolatility(to.volatility());
    }
    if (closed.contains(Factor.RATES)) {
      market = market.withRiskFreeRate(to.riskFreeRate());
    }
    if (closed.contains(Factor.DIVIDEND_YIELD)) {
      market = market.withDividendYield(to.dividendYield());
    }
    if (closed.contains(Factor.SHARES_OUTSTANDING)) {
      market = market.withSharesOutstanding(to.sharesOutstanding());
    }
    List<Warrant> warrants = new ArrayList<>();
    for (int i = 0; i < start.warrants().size(); i++) {
      warrants.add(tranche(start.warrant(i), end.warrant(i), closed));
    }
    return new ValuationInputs(market, warrants, closed.contains(Factor.FINANCING) ? end.financings()
        : start.financings(), start.settings());
  }

  /** Whether substituting {@code factor} alone changes the start inputs. */
  boolean moves(Factor factor) {
    return !at(Set.of(factor)).equals(at(Set.of()));
  }

  private static Warrant tranche(Warrant from, Warrant to, Set<Factor> closed) {
    Warrant terms = closed.contains(Factor.TERMS) ? to : from;
    return terms.withCount(closed.contains(Factor.OTHER) ? to.count() : from.count())
        .withIssueDate(closed.contains(Factor.TIME) ? to.issueDate() : from.issueDate());
  }
}
