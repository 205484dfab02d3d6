package org.warrantlab.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.report.TermVolatilityReport.Source;
import org.warrantlab.cli.report.TermVolatilityReport.TermLine;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.GuidelineBlend;
import org.warrantlab.market.HistoricalVolatility;
import org.warrantlab.market.PriceHistory;
import org.warrantlab.market.VolatilityEstimate;

/**
 * {@code vol --terms-of BOOK}: for each remaining term of the book's tranches (equal terms once), the
 * historical volatility over a look-back of that term ending on the valuation date, of the company and of
 * each guideline company, and their variance-weighted blend.
 */
final class TermVolatilities {

  private final PriceFileOptions prices;
  private final HistoricalVolatility estimator;
  private final boolean allowShortHistory;

  TermVolatilities(PriceFileOptions prices, HistoricalVolatility estimator, boolean allowShortHistory) {
    this.prices = prices;
    this.estimator = estimator;
    this.allowShortHistory = allowShortHistory;
  }

  /** The terms of {@code book}, sorted, each with the ids of its tranches. */
  static TreeMap<Double, List<String>> terms(ValuationInput book, Path file) {
    TreeMap<Double, List<String>> terms = new TreeMap<>();
    for (ResolvedWarrant tranche : book.book()) {
      if (tranche.timeToExpiry() <= 0) {
        throw new UserError(file + ": tranche \"" + tranche.warrant().id() + "\" has expired by the valuation date "
            + book.market().valuationDate() + "; it has no term to match");
      }
      terms.computeIfAbsent(tranche.timeToExpiry(), term -> new ArrayList<>()).add(tranche.warrant().id());
    }
    return terms;
  }

  /** The look-back of each term in daily returns, named by its tranches in messages. */
  private Map<Double, Integer> returnsWanted(TreeMap<Double, List<String>> terms, Path book) {
    Map<Double, Integer> wanted = new TreeMap<>();
    for (Map.Entry<Double, List<String>> term : terms.entrySet()) {
      try {
        wanted.put(term.getKey(), estimator.returnsForTerm(term.getKey()));
      } catch (InvalidValueException e) {
        throw new UserError(book + ": tranche \"" + term.getValue().get(0) + "\": its remaining term " + e.problem());
      }
    }
    return wanted;
  }

  /** The volatility lines of every term, measured in each of {@code sources}' files up to {@code end}. */
  List<TermLine> measure(TreeMap<Double, List<String>> terms, Path book, List<Source> sources, LocalDate end) {
    Map<Double, Integer> wanted = returnsWanted(terms, book);
    int longest = wanted.values().stream().mapToInt(Integer::intValue).max().orElseThrow();
    List<PriceHistory> histories = new ArrayList<>();
    for (Source source : sources) {
      histories.add(read(source.file(), longest + 1, end));
    }
    List<TermLine> lines = new ArrayList<>();
    for (Map.Entry<Double, List<String>> term : terms.entrySet()) {
      int returns = wanted.get(term.getKey());
      List<VolatilityEstimate> estimates = new ArrayList<>();
      List<GuidelineBlend.Member> members = new ArrayList<>();
      for (int s = 0; s < sources.size(); s++) {
        VolatilityEstimate estimate = estimate(sources.get(s).file(), histories.get(s), returns, term, end);
        estimates.add(estimate);
        members.add(new GuidelineBlend.Member(estimate.volatility().value(), sources.get(s).weight()));
      }
      lines.add(new TermLine(term.getValue(), term.getKey(), returns, estimates, GuidelineBlend.volatility(members)));
    }
    return lines;
  }

  private PriceHistory read(Path file, int days, LocalDate end) {
    PriceFileOptions options = prices.withFile(file);
    PriceWindow window = options.read(false, PriceWindow.trailing(days, Optional.of(end)));
    options.checkReachesEnd(window, end, "the valuation date");
    return window.history();
  }

  private VolatilityEstimate estimate(Path file, PriceHistory history, int returns, Map.Entry<Double, List<String>> term,
      LocalDate end) {
    int available = history.countOnOrBefore(end) - 1;
    int used = returns;
    if (available < returns) {
      if (!allowShortHistory) {
        throw new UserError(String.format(java.util.Locale.US, "%s has %d daily returns on or before %s but tranche"
            + " \"%s\", %.3f years from expiry, needs %d; --allow-short-history uses the %d there are", file,
            available, end, term.getValue().get(0), term.getKey(), returns, available));
      }
      used = available;
    }
    try {
      return estimator.estimate(history.lastDays(used + 1, end));
    } catch (InvalidValueException e) {
      throw new UserError(file + " " + e.problem());
    }
  }
}
