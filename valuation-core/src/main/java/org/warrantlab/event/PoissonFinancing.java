package org.warrantlab.event;

import java.time.LocalDate;
import org.warrantlab.check.Checks;

/**
 * Financings arriving as a Poisson process: their number between {@code start} and {@code end} is
 * Poisson with mean {@code intensity} × the window's length in years, and each falls on a trading day
 * of the window drawn uniformly.
 */
public record PoissonFinancing(LocalDate start, LocalDate end, double intensity, FinancingTerms terms)
    implements Financing {

  public PoissonFinancing {
    Checks.notNull(start, "start");
    Checks.notBefore(end, "end", start, "start");
    Checks.nonNegative(intensity, "intensity");
    Checks.notNull(terms, "terms");
  }
}
