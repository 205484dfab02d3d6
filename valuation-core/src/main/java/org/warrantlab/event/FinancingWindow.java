package org.warrantlab.event;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * With probability {@code probability}, one financing on a trading day drawn uniformly from
 * {@code start}..{@code end} inclusive.
 */
public record FinancingWindow(LocalDate start, LocalDate end, double probability, FinancingTerms terms)
    implements Financing {

  public FinancingWindow {
    Checks.notNull(start, "start");
    Checks.notBefore(end, "end", start, "start");
    Checks.probability(probability, "probability");
    Checks.notNull(terms, "terms");
  }
}
