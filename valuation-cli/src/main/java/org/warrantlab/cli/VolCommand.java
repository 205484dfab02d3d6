package org.warrantlab.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.audit.FileTrail;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.cli.report.SummaryFormat;
import org.warrantlab.cli.report.TermVolatilityReport;
import org.warrantlab.cli.report.VolatilityReport;
import org.warrantlab.cli.report.VolatilityRun;
import org.warrantlab.market.HistoricalVolatility;
import org.warrantlab.market.VolatilityEstimate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "vol", mixinStandardHelpOptions = true,
    description = {"Historical volatility of the daily closes in PRICES, with its standard error.",
        "The sample standard deviation (n − 1) of the log returns of consecutive closes, annualised by √(trading"
            + " days per year), and its standard error σ/√(2n). The window is either --from/--to, or --term: the"
            + " last round(term × trading days per year) returns ending on --to."},
    footer = {"", "Examples:", "  warrantlab vol examples/illustrative-prices.csv --term 1",
        "  warrantlab vol examples/illustrative-prices.csv --term 0.5 --to 2010-06-30",
        "  warrantlab vol examples/illustrative-prices.csv --from 2010-01-04 \\",
        "      --to 2010-12-31 --format json",
        "  warrantlab vol examples/illustrative-prices.csv \\",
        "      --terms-of examples/capstone-2009-12-31.json --allow-short-history \\",
        "      --peer examples/illustrative-peer-a-prices.csv \\",
        "      --peer examples/illustrative-peer-b-prices.csv:0.5"})
final class VolCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private PriceFileOptions prices;

  @Option(names = "--from", paramLabel = "DATE", converter = IsoDateConverter.class,
      description = "First close of the window (YYYY-MM-DD); needs --to.")
  private LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = IsoDateConverter.class,
      description = "Last close of the window (YYYY-MM-DD); with --term, default: the file's last date.")
  private LocalDate to;

  @Option(names = "--term", paramLabel = "YEARS",
      description = "Match the look-back to a remaining term of YEARS instead of --from.")
  private Double term;

  @Option(names = "--trading-days-per-year", paramLabel = "N",
      defaultValue = "" + HistoricalVolatility.DEFAULT_TRADING_DAYS_PER_YEAR,
      description = "Trading days a year, for annualising and for --term (default: ${DEFAULT-VALUE}).")
  private int tradingDaysPerYear;

  @Option(names = "--terms-of", paramLabel = "BOOK",
      description = "One volatility per remaining term of BOOK's tranches (a value input), each over a look-back of"
          + " that term ending on its valuation date (or --to); prints a volatilityCurve to paste into BOOK.")
  private Path termsOf;

  @Option(names = "--peer", paramLabel = "FILE.csv[:WEIGHT]", converter = PeerConverter.class,
      description = "With --terms-of: a guideline company's daily prices, blended with the company's by weight"
          + " (default 1; the company's is --own-weight). Repeatable. The blend is variance-weighted:"
          + " σ = √(Σ wᵢ σᵢ²), weights normalised to sum to 1.")
  private List<PeerConverter.Peer> peers = new ArrayList<>();

  @Option(names = "--own-weight", paramLabel = "W", defaultValue = "1",
      description = "With --peer: the company's own weight in the blend (default: ${DEFAULT-VALUE}).")
  private double ownWeight;

  @Option(names = "--allow-short-history", description = "With --terms-of: where a file holds fewer returns than a"
      + " term needs, use all it holds (the table shows how many).")
  private boolean allowShortHistory;

  @Mixin
  private FormatOption format = new FormatOption(SummaryFormat.class);

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    if (termsOf != null) {
      return termsOfBook();
    }
    if (!peers.isEmpty() || allowShortHistory) {
      throw new UserError("--peer and --allow-short-history go with --terms-of BOOK");
    }
    checkWindowOptions();
    HistoricalVolatility estimator = estimator();
    PriceWindow window = prices.read(false, term != null
        ? PriceWindow.trailing(estimator.returnsForTerm(term) + 1, Optional.ofNullable(to))
        : PriceWindow.between(from, to));
    LocalDate end = to != null ? to : window.lastOnOrBeforeEnd().orElseThrow().date();
    prices.checkReachesEnd(window, end, "--to");
    VolatilityEstimate estimate;
    if (term != null) {
      try {
        estimate = estimator.matchingTerm(window.history(), term, end);
      } catch (InvalidValueException e) {
        throw prices.error(e, " (--term " + term + " at " + tradingDaysPerYear + " trading days a year)");
      }
    } else {
      prices.checkReachesStart(window, from, "--from");
      try {
        estimate = estimator.estimate(window.history());
      } catch (InvalidValueException e) {
        throw prices.error(e, "");
      }
    }
    VolatilityRun run = new VolatilityRun(prices.file.toString(), term, from, end, estimate,
        FileTrail.of(prices.file));
    output.deliver(spec, VolatilityReport.render(run, format.get(SummaryFormat.class), format.wide()));
    return 0;
  }

  private int termsOfBook() {
    if (term != null || from != null) {
      throw new UserError("--terms-of takes each tranche's term from BOOK: give it without --term or --from");
    }
    if (!(ownWeight > 0) || Double.isInfinite(ownWeight)) {
      throw new UserError("--own-weight must be positive and finite but was " + ownWeight);
    }
    ValuationInput input;
    try {
      input = ValuationInputReader.read(JsonFiles.read(termsOf));
    } catch (InputException e) {
      throw UserError.in(termsOf, e);
    }
    LocalDate end = to != null ? to : input.market().valuationDate();
    List<TermVolatilityReport.Source> sources = new ArrayList<>();
    sources.add(new TermVolatilityReport.Source(prices.file, ownWeight));
    peers.forEach(peer -> sources.add(new TermVolatilityReport.Source(peer.file(), peer.weight())));
    List<TermVolatilityReport.TermLine> lines = new TermVolatilities(prices, estimator(), allowShortHistory)
        .measure(TermVolatilities.terms(input, termsOf), termsOf, sources, end);
    Map<Path, String> sha256 = new LinkedHashMap<>();
    sha256.put(termsOf, AuditTrail.sha256(termsOf));
    sources.forEach(source -> sha256.putIfAbsent(source.file(), AuditTrail.sha256(source.file())));
    TermVolatilityReport.Run run = new TermVolatilityReport.Run(termsOf, end, sources, lines,
        FileTrail.of(prices.file), sha256);
    output.deliver(spec, TermVolatilityReport.render(run, format.get(SummaryFormat.class), format.wide()));
    return 0;
  }

  private void checkWindowOptions() {
    if (term != null && from != null) {
      throw new UserError("give either --from with --to, or --term, not both");
    }
    if (term == null && (from == null || to == null)) {
      throw new UserError("give the window: --from DATE --to DATE, or --term YEARS (see --help)");
    }
    if (from != null && to.isBefore(from)) {
      throw new UserError("--to (" + to + ") must not be before --from (" + from + ")");
    }
  }

  private HistoricalVolatility estimator() {
    try {
      HistoricalVolatility estimator = new HistoricalVolatility(tradingDaysPerYear);
      if (term != null) {
        estimator.returnsForTerm(term);
      }
      return estimator;
    } catch (InvalidValueException e) {
      String option = e.field().equals("term") ? "--term" : "--trading-days-per-year";
      throw new UserError(option + " " + e.problem());
    }
  }
}
