package org.warrantlab.event;

import java.time.LocalDate;
import java.util.Locale;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.Act365Fixed;

/**
 * Financings arriving as a Poisson process: their number between {@code start} and {@code end} is
 * Poisson with mean {@code intensity} × the window's length in years, and each falls on a trading day
 * of the window drawn uniformly.
 */
public record PoissonFinancing(LocalDate start, LocalDate end, double intensity, FinancingTerms terms)
    implements Financing {

  /**
   * The most financings a window may expect. The count is drawn by inverting the Poisson distribution
   * from e^-mean, which underflows past a mean of about 745; long before that, every path would carry
   * hundreds of share issues.
   */
  public static final double MAX_EXPECTED_FINANCINGS = 500;

  public PoissonFinancing {
    Checks.notNull(start, "start");
    Checks.notBefore(end, "end", start, "start");
    Checks.nonNegative(intensity, "intensity");
    Checks.notNull(terms, "terms");
    double years = Act365Fixed.yearFraction(start, end.plusDays(1));
    if (intensity * years > MAX_EXPECTED_FINANCINGS) {
      throw new InvalidValueException("intensity", String.format(Locale.US, "(%s a year over the window's %.2f"
          + " years) expects %,.0f financings; at most %,.0f are supported", intensity, years, intensity * years,
          MAX_EXPECTED_FINANCINGS));
    }
  }

  public PoissonFinancing withIntensity(double newIntensity) {
    return new PoissonFinancing(start, end, newIntensity, terms);
  }

  @Override
  public PoissonFinancing withTerms(FinancingTerms newTerms) {
    return new PoissonFinancing(start, end, intensity, newTerms);
  }

  @Override
  public PoissonFinancing withWindow(LocalDate newStart, LocalDate newEnd) {
    return new PoissonFinancing(newStart, newEnd, intensity, terms);
  }
}
