package org.warrantlab.accounting;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * The warrants still outstanding lapse on the tranche's expiry date. On that date a warrant is worth
 * its intrinsic value, {@code sharesPerWarrant × max(spot − exercisePrice, 0)}: nil when it lapses out of
 * the money, which is why holders let it lapse.
 *
 * @param trancheId the tranche
 * @param date its expiry date
 * @param spot the closing share price on that date
 */
public record Expiration(String trancheId, LocalDate date, double spot) implements BookEvent {

  public Expiration {
    Checks.notNull(trancheId, "tranche");
    Checks.notNull(date, "date");
    Checks.positive(spot, "spot");
  }

  @Override
  public LineItem lineItem() {
    return LineItem.EXPIRATIONS;
  }
}
