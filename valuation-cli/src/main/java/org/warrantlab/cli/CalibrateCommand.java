package org.warrantlab.cli;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.warrantlab.calibration.Calibration;
import org.warrantlab.calibration.CalibrationRefusedException;
import org.warrantlab.calibration.CalibrationTarget;
import org.warrantlab.calibration.Calibrator;
import org.warrantlab.calibration.Refusal;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.PerturbationPaths;
import org.warrantlab.cli.report.CalibrationReport;
import org.warrantlab.cli.report.CalibrationRun;
import org.warrantlab.cli.report.Format;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.simulation.MemoryEstimate;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Finds the value of one input of FILE at which the model's value equals a known price: the"
        + " volatility implied by a quoted warrant, or the input that makes the model recover a transaction"
        + " price at initial recognition (ASC 820-10-35-24C, IFRS 13.64).",
        "A bracketing Brent solver values the file at every trial with the same seed (common random numbers;"
            + " Sobol points where the file samples them), so the value moves smoothly with the input. The solved"
            + " input's standard error is the value's standard error over the slope."},
    footer = {"", "Examples:",
        "  warrantlab calibrate examples/plain-warrant.json --price 0.45",
        "  warrantlab calibrate examples/capstone-2009-09-30.json --tranche 2009-09 \\",
        "      --price 0.55 --format json",
        "  warrantlab calibrate examples/capstone-2009-09-30.json \\",
        "      --solve 'financings[0].probability' --price 30800000"})
final class CalibrateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private WarrantlabCommand parent;

  @Mixin
  private SimulationOptions simulation;

  @Option(names = "--solve", paramLabel = "PATH", defaultValue = "market.volatility",
      description = "The input to solve for, by its JSON path (default: ${DEFAULT-VALUE}); e.g."
          + " financings[0].probability, financings[0].discount, warrants[0].exercisePrice.")
  private String solve;

  @Option(names = "--price", required = true, paramLabel = "P",
      description = "The price the model must recover: per warrant, or in total with --per total.")
  private double price;

  @ArgGroup(exclusive = true)
  private Tranches tranches = new Tranches();

  /** Which tranches the price is of: one, several, or (neither option) the whole book. */
  static final class Tranches {
    @Option(names = "--tranche", paramLabel = "ID", description = "The price is of this tranche.")
    String tranche;

    @Option(names = "--tranches", paramLabel = "A,B", split = ",", hideParamSyntax = true,
        description = "The price is of these tranches together: per unit of one warrant of each, or in total.")
    List<String> several;
  }

  @Option(names = "--per", paramLabel = "warrant|total",
      description = "Whether the price is per warrant (the default for a tranche, or a file of one tranche) or"
          + " the total fair value (the only choice for a whole book of several tranches).")
  private String per;

  @Mixin
  private FormatOption format = new FormatOption(Format.class);

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    StudyCases input = new StudyCases(simulation);
    ValuationInputs inputs = input.baseInputs();
    NumericInput place = place(inputs);
    CalibrationTarget target = target(input);
    simulation.checkMemory(MemoryEstimate::ofValuation, input.base(), inputs.settings());
    long start = System.nanoTime();
    Calibration calibration = simulation.progress.watch(spec, "Calibrate", () -> calibrate(inputs, place, target));
    CalibrationRun run = new CalibrationRun(simulation.file.toString(), input.base(), solve, input.fileValue(solve),
        calibration, inputs.settings(), Duration.ofNanos(System.nanoTime() - start),
        AuditTrail.of(simulation.file, inputs.settings(), calibration.paths()));
    output.deliver(spec, CalibrationReport.render(run, format.get(Format.class), format.wide()));
    return 0;
  }

  /** The valuation of the trial at {@code at} as blocked runs, as {@link #call} values it. */
  SimulationPlan<BookValuation> trialPlan(double at) {
    ValuationInputs inputs = new StudyCases(simulation).baseInputs();
    return Calibrator.trial(inputs, place(inputs), at).plan();
  }

  /** The place {@code --solve} names; refused when it names no number of the file. */
  private NumericInput place(ValuationInputs inputs) {
    NumericInput place;
    try {
      place = PerturbationPaths.number(solve);
    } catch (IllegalArgumentException e) {
      throw new UserError("--solve " + e.getMessage());
    }
    try {
      place.valueIn(inputs);
    } catch (InvalidValueException e) {
      throw new UserError("--solve " + solve + " is not a number in " + simulation.file + ": " + e.field() + " "
          + e.problem());
    }
    return place;
  }

  private CalibrationTarget target(StudyCases input) {
    List<String> ids = tranches.tranche != null ? List.of(tranches.tranche)
        : tranches.several != null ? tranches.several
        : input.trancheIds().size() == 1 && !"total".equals(per) ? input.trancheIds() : List.of();
    for (String id : ids) {
      if (!input.trancheIds().contains(id)) {
        throw new UserError((tranches.tranche != null ? "--tranche " : "--tranches ") + id + ": no tranche has that"
            + " id; the file's tranches are " + String.join(", ", input.trancheIds()));
      }
    }
    CalibrationTarget.Basis basis = per == null
        ? (ids.isEmpty() ? CalibrationTarget.Basis.TOTAL : CalibrationTarget.Basis.PER_WARRANT)
        : switch (per) {
          case "warrant" -> CalibrationTarget.Basis.PER_WARRANT;
          case "total" -> CalibrationTarget.Basis.TOTAL;
          default -> throw new UserError("--per " + per + ": say warrant or total");
        };
    if (ids.isEmpty() && basis == CalibrationTarget.Basis.PER_WARRANT) {
      throw new UserError("--per warrant needs --tranche or --tranches: the whole book has only a total");
    }
    try {
      return new CalibrationTarget(ids, basis);
    } catch (InvalidValueException e) {
      throw new UserError("--tranches " + e.problem());
    }
  }

  private Calibration calibrate(ValuationInputs inputs, NumericInput place, CalibrationTarget target) {
    try {
      Calibrator calibrator = new Calibrator((at, trial) -> parent.valuer().trial(trial.plan(), at,
          trial.settings().threads()));
      return calibrator.calibrate(inputs, place, target, price);
    } catch (CalibrationRefusedException e) {
      throw new UserError(refusal(e.refusal()));
    } catch (InvalidValueException e) {
      throw new UserError(simulation.file + " with --solve " + solve + ": " + e.field() + " " + e.problem());
    }
  }

  /** The refusal in the command line's terms: the price as given and the input by its path. */
  private String refusal(Refusal refusal) {
    if (refusal instanceof Refusal.NoSolution none) {
      boolean below = none.side() == Refusal.Side.BELOW_EVERY_VALUE;
      return "--price " + StudyCases.plain(price) + " is " + (below ? "below" : "above") + " the value at every "
          + solve + " from " + StudyCases.plain(none.range().lower()) + " to " + StudyCases.plain(none.range().upper())
          + " in " + simulation.file + ": the " + (below ? "least" : "greatest") + " is "
          + String.format(java.util.Locale.US, "%.6g", none.nearestValue().value()) + ", at " + solve + " = "
          + StudyCases.plain(none.nearestInput());
    }
    return "--price must be positive but was " + (Double.isFinite(price) ? StudyCases.plain(price) : price);
  }
}
