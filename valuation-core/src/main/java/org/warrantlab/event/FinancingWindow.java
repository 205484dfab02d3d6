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

  public FinancingWindow withProbability(double newProbability) {
    return new FinancingWindow(start, end, newProbability, terms);
  }

  @Override
  public FinancingWindow withTerms(FinancingTerms newTerms) {
    return new FinancingWindow(start, end, probability, newTerms);
  }

  @Override
  public FinancingWindow withWindow(LocalDate newStart, LocalDate newEnd) {
    return new FinancingWindow(newStart, newEnd, probability, terms);
  }
}
