package org.warrantlab.cli;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonLocation;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.report.GreeksReport;
import org.warrantlab.cli.report.GreeksRun;
import org.warrantlab.cli.workbook.GreeksWorkbook;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.greeks.BookGreeks;
import org.warrantlab.greeks.GreeksMemory;
import org.warrantlab.greeks.GreeksPricer;
import org.warrantlab.montecarlo.SimulationPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "greeks", mixinStandardHelpOptions = true,
    description = {"Delta, gamma, vega, rho and theta of each tranche in FILE and of the book, each with its"
        + " standard error.",
        "By bump-and-revalue on common random numbers (every bumped scenario revalues the same paths); for plain"
            + " tranches also pathwise delta and vega and the Black–Scholes Greeks."},
    footer = {"", "Examples:", "  warrantlab greeks examples/plain-warrant.json",
        "  warrantlab greeks examples/capstone-2009-09-30.json --format json",
        "  warrantlab greeks examples/plain-warrant.json --format xlsx \\",
        "      --output greeks.xlsx"})
final class GreeksCommand implements Callable<Integer>, PlannedRun {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private WarrantlabCommand parent;

  @Mixin
  private SimulationOptions simulation;

  @Mixin
  private FormatOption format = new FormatOption(StudyFormat.class);

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    StudyFormat chosen = format.get(StudyFormat.class);
    if (chosen == StudyFormat.XLSX) {
      output.requireFile("xlsx");
    }
    SimulationOptions.Request request = simulation.request(GreeksMemory::of);
    ValuationInput input = request.input();
    long start = System.nanoTime();
    SimulationPlan<BookGreeks> plan = plan(request);
    BookGreeks greeks;
    try {
      greeks = simulation.progress.watch(spec, "Greeks",
          () -> parent.valuer().execute(plan, request.settings().threads()));
    } catch (InvalidValueException e) {
      throw UserError.in(simulation.file, withRemedy(JsonLocation.problem(e), e));
    }
    greeks.tranches().forEach(tranche -> FiniteValues.check(tranche.value(), tranche.warrant().warrant().id(),
        input.market(), simulation.file));
    GreeksRun run = new GreeksRun(simulation.file.toString(), input, greeks, Duration.ofNanos(System.nanoTime() - start),
        AuditTrail.of(simulation.file, greeks.settings(), greeks.simulatedPaths()));
    if (chosen.text().isEmpty()) {
      output.deliver(GreeksWorkbook.bytes(run), Map.of());
      return 0;
    }
    output.deliver(spec, GreeksReport.render(run, chosen.text().get(), format.wide()));
    return 0;
  }

  @Override
  public SimulationPlan<BookGreeks> plan() {
    return plan(simulation.request(GreeksMemory::of));
  }

  private SimulationPlan<BookGreeks> plan(SimulationOptions.Request request) {
    refuseContingencies(request.input());
    ValuationInput input = request.input();
    try {
      return GreeksPricer.DEFAULT.plan(input.book(), input.financings(), input.market(), request.settings());
    } catch (InvalidValueException e) {
      throw UserError.in(simulation.file, withRemedy(JsonLocation.problem(e), e));
    }
  }

  /**
   * The Greeks are of the book given no business-combination contingency and no fundamental transaction;
   * a book that has either is refused rather than given sensitivities of another book.
   */
  private void refuseContingencies(ValuationInput input) {
    CorporateEvents events = input.events();
    if (events.businessCombination().isPresent() || events.fundamentalTransaction().isPresent()) {
      String field = events.businessCombination().isPresent() ? "businessCombination" : "fundamentalTransaction";
      throw UserError.in(simulation.file, new InputException(field, "greeks does not value a book contingent on"
          + " this event; use sweep or tornado for its sensitivities"));
    }
  }

  /** A tranche refused for its exercise style still has sensitivities: the commands that revalue give them. */
  private static InputException withRemedy(InputException problem, InvalidValueException e) {
    return e.location().endsAtField(GreeksPricer.EXERCISE_STYLE)
        ? new InputException(problem.location(), problem.problem() + "; use value, sweep or tornado for its"
            + " sensitivities")
        : problem;
  }
}
