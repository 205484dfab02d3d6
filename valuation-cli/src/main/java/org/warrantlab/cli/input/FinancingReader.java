package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.event.PriceReference;
import org.warrantlab.event.PriceRule;

/**
 * Reads the {@code financings} array: each entry is a dated window with a {@code probability}, or a
 * Poisson assumption with an {@code intensity} per year, and the terms of the issue.
 */
final class FinancingReader {

  private FinancingReader() {
  }

  /**
   * The financings of {@code object}, each starting after {@code valuationDate} (not checked when the
   * date is null: it has a problem of its own).
   */
  static List<Financing> read(JsonObjectReader object, LocalDate valuationDate) {
    return object.optionalObjects("financings", entry -> financing(entry, valuationDate));
  }

  private static Financing financing(JsonObjectReader entry, LocalDate valuationDate) {
    LocalDate start = entry.date("start");
    LocalDate end = entry.date("end");
    Optional<Double> probability = entry.optionalNumber("probability");
    Optional<Double> intensity = entry.optionalNumber("intensity");
    double amount = entry.number("amount", 0.0);
    double shares = entry.number("shares", 0.0);
    double maxShares = entry.number("maxShares", Double.POSITIVE_INFINITY);
    double maxAmount = entry.number("maxAmount", Double.POSITIVE_INFINITY);
    Supplier<PriceRule> pricing = PriceRuleReader.read(entry, PriceReference.CLOSE);
    double discount = entry.number("discount", 0.0);
    boolean postMoney = entry.bool("postMoney", false);
    return entry.build(() -> {
      if (valuationDate != null && !start.isAfter(valuationDate)) {
        throw new InvalidValueException("start", "(" + start + ") must be after the valuation date ("
            + valuationDate + "): financings are future events");
      }
      if (probability.isPresent() == intensity.isPresent()) {
        throw new InvalidValueException("probability",
            "or intensity must be given, one of them (a dated window's probability, or a Poisson rate per year)");
      }
      FinancingTerms terms = new FinancingTerms(new FinancingSize(amount, shares, maxShares, maxAmount),
          pricing.get(), discount, postMoney);
      return probability.isPresent()
          ? new FinancingWindow(start, end, probability.get(), terms)
          : new PoissonFinancing(start, end, intensity.get(), terms);
    });
  }
}
