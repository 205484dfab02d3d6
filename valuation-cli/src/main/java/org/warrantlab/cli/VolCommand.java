package org.warrantlab.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.FileTrail;
import org.warrantlab.cli.report.SummaryFormat;
import org.warrantlab.cli.report.VolatilityReport;
import org.warrantlab.cli.report.VolatilityRun;
import org.warrantlab.market.HistoricalVolatility;
import org.warrantlab.market.PriceHistory;
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
        "      --to 2010-12-31 --format json"})
final class VolCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private PriceFileOptions prices;

  @Option(names = "--from", paramLabel = "DATE", converter = IsoDateConverter.class,
      description = "First close of the window (yyyy-MM-dd); needs --to.")
  private LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", converter = IsoDateConverter.class,
      description = "Last close of the window (yyyy-MM-dd); with --term, default: the file's last date.")
  private LocalDate to;

  @Option(names = "--term", paramLabel = "YEARS",
      description = "Match the look-back to a remaining term of YEARS instead of --from.")
  private Double term;

  @Option(names = "--trading-days-per-year", paramLabel = "N",
      defaultValue = "" + HistoricalVolatility.DEFAULT_TRADING_DAYS_PER_YEAR,
      description = "Trading days a year, for annualising and for --term (default: ${DEFAULT-VALUE}).")
  private int tradingDaysPerYear;

  @Mixin
  private FormatOption format = new FormatOption(SummaryFormat.class);

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    checkWindowOptions();
    HistoricalVolatility estimator = estimator();
    PriceHistory history = prices.read(false);
    LocalDate end = to != null ? to : history.last().date();
    prices.checkReachesEnd(history, end, "--to");
    VolatilityEstimate estimate;
    if (term != null) {
      try {
        estimate = estimator.matchingTerm(history, term, end);
      } catch (InvalidValueException e) {
        throw prices.error(e, " (--term " + term + " at " + tradingDaysPerYear + " trading days a year)");
      }
    } else {
      prices.checkReachesStart(history, from, "--from");
      try {
        estimate = estimator.between(history, from, end);
      } catch (InvalidValueException e) {
        throw prices.error(e, "");
      }
    }
    VolatilityRun run = new VolatilityRun(prices.file.toString(), term, from, end, estimate,
        FileTrail.of(prices.file));
    output.deliver(spec, VolatilityReport.render(run, format.get(SummaryFormat.class)));
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
