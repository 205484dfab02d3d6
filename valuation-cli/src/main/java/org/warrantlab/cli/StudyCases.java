package org.warrantlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.InputPath;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.scenario.Perturbation;
import org.warrantlab.scenario.ValuationInputs;
import org.warrantlab.simulation.MemoryEstimate;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The input file of a study, read once, and the valuation cases the study makes from it by perturbing its
 * inputs. A perturbed value the contract refuses is reported in one line with the file, the option that
 * asked for it and what is wrong.
 */
final class StudyCases {

  /**
   * One perturbation and how the user asked for it.
   *
   * @param perturbation the change to the inputs
   * @param asked the option or default that asked for it, e.g. "--vary market.volatility=0.6"
   * @param path the JSON path of the number changed, where the user named one
   */
  record Change(Perturbation perturbation, String asked, Optional<String> path) {
  }

  private final SimulationOptions simulation;
  private final JsonNode document;
  private final ValuationInput base;

  StudyCases(SimulationOptions simulation) {
    this.simulation = simulation;
    this.document = simulation.read(tree -> tree);
    try {
      this.base = ValuationInputReader.read(document);
    } catch (InputException e) {
      throw UserError.in(simulation.file, e);
    }
    simulation.checkPlausible(base);
  }

  /** The file as it is. */
  ValuationInput base() {
    return base;
  }

  /** The file's inputs with the command line's simulation overrides: what every case perturbs. */
  ValuationInputs baseInputs() {
    return base.inputs().withSettings(simulation.settings(base));
  }

  /** The file's valuation with the command line's simulation overrides. */
  ValuationCase baseCase() {
    return ValuationCase.of(baseInputs());
  }

  /** The number the file states at {@code path}, or empty where it leaves the field out. */
  OptionalDouble fileValue(String path) {
    try {
      return OptionalDouble.of(InputPath.parse(path).number(document));
    } catch (InputException e) {
      return OptionalDouble.empty();
    }
  }

  /** The base inputs with {@code changes} applied in order, as a valuation case. */
  ValuationCase with(List<Change> changes) {
    ValuationInputs inputs = baseInputs();
    for (Change change : changes) {
      try {
        inputs = inputs.apply(change.perturbation());
      } catch (InvalidValueException e) {
        String field = change.path().map(path -> located(path, e.field())).orElse(e.field());
        throw new UserError(simulation.file + " with " + change.asked() + ": " + field + " " + e.problem());
      }
    }
    try {
      return ValuationCase.of(inputs);
    } catch (InvalidValueException e) {
      throw new UserError(simulation.file + " with " + changes.stream().map(Change::asked)
          .collect(Collectors.joining(", ")) + ": " + e.getMessage());
    }
  }

  /**
   * The JSON path of {@code field}, a field the core names on the object it checked, when that field is on
   * {@code path} (the number changed, or an object holding it); otherwise the field as the core names it.
   */
  private static String located(String path, String field) {
    if (path.endsWith("." + field)) {
      return path;
    }
    int at = path.indexOf("." + field + ".");
    return at < 0 ? field : path.substring(0, at + 1 + field.length());
  }

  /** A number as the user would write it: 0.6, 1, 25000000. */
  static String plain(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** The valuations of a study's cases, in case order, with the threads they shared and the time they took. */
  record Valued(List<BookValuation> values, int threads, Duration elapsed) {
  }

  /**
   * Values {@code cases} with {@code valuer} on the command line's threads, with a progress bar, after refusing
   * them when the cases run at once would not fit in memory.
   */
  Valued valueAll(List<ValuationCase> cases, ProgressOptions progress, CommandSpec spec, String task,
      CaseValuer valuer) {
    progress.limit.check(simulation.file.toString(), task, cases.size(), baseInputs().settings().paths());
    int threads = baseInputs().settings().threads();
    int workers = Math.max(1, Math.min(threads, cases.size()));
    List<MemoryEstimate> estimates = cases.stream().map(c -> estimate(c, Math.max(1, threads / workers))).toList();
    Limits.check(MemoryEstimate.concurrent(estimates, workers), simulation.file.toString(), workers > 1);
    long start = System.nanoTime();
    List<BookValuation> values;
    try (ProgressOptions.Bar bar = ProgressOptions.start(simulation.progress, spec, task, cases.size())) {
      values = valuer.value(cases, threads, bar);
    }
    values.forEach(value -> FiniteValues.check(value, simulation.file));
    return new Valued(values, threads, Duration.ofNanos(System.nanoTime() - start));
  }

  /** A case's memory, run on {@code threadsPerCase} threads as {@link ParallelValuations} runs it. */
  private MemoryEstimate estimate(ValuationCase c, int threadsPerCase) {
    try {
      return MemoryEstimate.ofValuation(c.book().stream().map(ResolvedWarrant::warrant).toList(), c.financings(),
          c.market(), c.settings().withThreads(threadsPerCase));
    } catch (InvalidValueException e) {
      throw simulation.pathsError(e);
    }
  }

  /** The ids of the file's tranches, for messages. */
  List<String> trancheIds() {
    return base.inputs().warrants().stream().map(w -> w.id()).toList();
  }
}
