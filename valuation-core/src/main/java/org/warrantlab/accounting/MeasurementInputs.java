package org.warrantlab.accounting;

import java.time.LocalDate;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.event.Financing;
import org.warrantlab.market.MarketData;

/**
 * What a fair-value measurement on one date uses: the market inputs on that date and the financing
 * assumptions then in force.
 *
 * @param market market inputs; its valuation date is the measurement date
 * @param financings assumed future financings, each starting after the measurement date
 */
public record MeasurementInputs(MarketData market, List<Financing> financings) {

  public MeasurementInputs {
    Checks.notNull(market, "market");
    financings = List.copyOf(Checks.notNull(financings, "financings"));
    for (int i = 0; i < financings.size(); i++) {
      if (!financings.get(i).start().isAfter(market.valuationDate())) {
        throw new InvalidValueException(Location.financing(i).field("start"), "(" + financings.get(i).start()
            + ") must be after the measurement date (" + market.valuationDate() + ")");
      }
    }
  }

  public LocalDate date() {
    return market.valuationDate();
  }
}
