package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;
import org.warrantlab.event.PriceReference;

/**
 * Reads the {@code financings} array: each entry is a dated window with a {@code probability}, or a
 * Poisson assumption with an {@code intensity} per year, and the terms of the issue.
 */
final class FinancingReader {

  private FinancingReader() {
  }

  static List<Financing> read(JsonObjectReader root, LocalDate valuationDate) {
    List<Financing> financings = new ArrayList<>();
    for (JsonObjectReader entry : root.optionalObjects("financings")) {
      financings.add(entry.build(() -> financing(entry, valuationDate)));
    }
    return financings;
  }

  private static Financing financing(JsonObjectReader entry, LocalDate valuationDate) {
    LocalDate start = entry.date("start");
    if (!start.isAfter(valuationDate)) {
      throw new InputException(entry.pathOf("start"), "(" + start + ") must be after the valuation date ("
          + valuationDate + "): financings are future events");
    }
    LocalDate end = entry.date("end");
    var probability = entry.optionalNumber("probability");
    var intensity = entry.optionalNumber("intensity");
    if (probability.isPresent() == intensity.isPresent()) {
      throw new InputException(entry.pathOf("probability"),
          "or intensity must be given, one of them (a dated window's probability, or a Poisson rate per year)");
    }
    FinancingTerms terms = terms(entry);
    return probability.isPresent()
        ? new FinancingWindow(start, end, probability.get(), terms)
        : new PoissonFinancing(start, end, intensity.get(), terms);
  }

  private static FinancingTerms terms(JsonObjectReader entry) {
    FinancingSize size = new FinancingSize(
        entry.number("amount", 0.0),
        entry.number("shares", 0.0),
        entry.number("maxShares", Double.POSITIVE_INFINITY),
        entry.number("maxAmount", Double.POSITIVE_INFINITY));
    return new FinancingTerms(size, PriceRuleReader.read(entry, PriceReference.CLOSE),
        entry.number("discount", 0.0), entry.bool("postMoney", false));
  }
}
