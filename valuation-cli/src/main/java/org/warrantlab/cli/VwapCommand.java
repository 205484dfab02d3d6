package org.warrantlab.cli;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.FileTrail;
import org.warrantlab.cli.report.SummaryFormat;
import org.warrantlab.cli.report.VwapReport;
import org.warrantlab.cli.report.VwapRun;
import org.warrantlab.market.VolumeWeightedPrice;
import org.warrantlab.market.VwapMeasurement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "vwap", mixinStandardHelpOptions = true,
    description = {"Volume-weighted average price of the last N trading days in PRICES.",
        "Σ close·volume / Σ volume over the last N trading days (rows) on or before --end, beside the average"
            + " close, the last close and the lesser of close and VWAP; with --discount, the price of a financing"
            + " at that discount to the lesser."},
    footer = {"", "Examples:", "  warrantlab vwap examples/illustrative-prices.csv --end 2010-12-31 --days 10",
        "  warrantlab vwap examples/illustrative-prices.csv --end 2010-12-31 --days 10 \\",
        "      --discount 0.06", "",
        "The second prices shares sold 6%% below the lesser of the close and the 10-day",
        "VWAP."})
final class VwapCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Mixin
  private PriceFileOptions prices;

  @Option(names = "--end", paramLabel = "DATE", required = true, converter = IsoDateConverter.class,
      description = "Last day of the measurement (YYYY-MM-DD); the window ends on the last row on or before it.")
  private LocalDate end;

  @Option(names = "--days", paramLabel = "N", required = true, description = "Trading days (rows) in the window.")
  private int days;

  @Option(names = "--discount", paramLabel = "D",
      description = "Financing discount as a decimal, e.g. 0.06: also print (1 − D) × min(close, VWAP).")
  private Double discount;

  @Mixin
  private FormatOption format = new FormatOption(SummaryFormat.class);

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    checkOptions();
    PriceWindow window = prices.read(true, PriceWindow.trailing(days, Optional.of(end)));
    prices.checkReachesEnd(window, end, "--end");
    VwapMeasurement measurement;
    try {
      measurement = VolumeWeightedPrice.measure(window.history(), end, days);
    } catch (InvalidValueException e) {
      throw prices.error(e, e.field().equals("days") ? " (--days " + days + ")" : "");
    }
    VwapRun run = new VwapRun(prices.file.toString(), end, discount, measurement, FileTrail.of(prices.file));
    output.deliver(spec, VwapReport.render(run, format.get(SummaryFormat.class), format.wide()));
    return 0;
  }

  private void checkOptions() {
    try {
      Checks.positive(days, "days");
      if (discount != null) {
        Checks.fraction(discount, "discount");
      }
    } catch (InvalidValueException e) {
      throw new UserError("--" + e.field() + " " + e.problem());
    }
  }
}
