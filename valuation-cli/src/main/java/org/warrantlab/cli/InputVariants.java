package org.warrantlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.InputPath;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.simulation.MemoryEstimate;
import org.warrantlab.sweep.ParallelValuations;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The input file of a study as a JSON tree, and the valuation cases made from it with some of its fields
 * changed: each variant is read and checked exactly as {@code value} reads a file, and a problem is
 * reported with the file, the changes that caused it and the JSON path.
 */
final class InputVariants {

  private final SimulationOptions simulation;
  private final JsonNode document;
  private final ValuationInput base;

  InputVariants(SimulationOptions simulation) {
    this.simulation = simulation;
    this.document = simulation.read(tree -> tree);
    this.base = simulation.read(ValuationInputReader::read);
  }

  /** The file as it is. */
  ValuationInput base() {
    return base;
  }

  /** The file's valuation with the command line's simulation overrides. */
  ValuationCase baseCase() {
    return caseOf(base);
  }

  JsonNode document() {
    return document;
  }

  /** The file with each path set to its value, as a valuation case. */
  ValuationCase with(Map<InputPath, JsonNode> changes) {
    String described = changes.entrySet().stream().map(e -> e.getKey() + " = " + e.getValue().asText())
        .collect(Collectors.joining(", "));
    try {
      JsonNode changed = document;
      for (Map.Entry<InputPath, JsonNode> change : changes.entrySet()) {
        changed = change.getKey().with(changed, change.getValue());
      }
      return caseOf(ValuationInputReader.read(changed));
    } catch (InputException e) {
      throw new UserError(simulation.file + " with " + described + ": " + e.getMessage());
    }
  }

  private ValuationCase caseOf(ValuationInput input) {
    return new ValuationCase(input.market(), input.book(), input.financings(), simulation.settings(input));
  }

  /** The valuations of a study's cases, in case order, with the threads they shared and the time they took. */
  record Valued(List<BookValuation> values, int threads, Duration elapsed) {
  }

  /**
   * Values {@code cases} in parallel on the command line's threads, with a progress bar, after refusing
   * them when the cases run at once would not fit in memory.
   */
  Valued valueAll(List<ValuationCase> cases, ProgressOptions progress, CommandSpec spec, String task) {
    int threads = baseCase().settings().threads();
    int workers = Math.max(1, Math.min(threads, cases.size()));
    List<MemoryEstimate> estimates = cases.stream().map(c -> estimate(c, Math.max(1, threads / workers))).toList();
    Limits.check(MemoryEstimate.concurrent(estimates, workers), simulation.file.toString(), workers > 1);
    long start = System.nanoTime();
    List<BookValuation> values;
    try (ProgressOptions.Bar bar = progress.start(spec, task, cases.size())) {
      values = ParallelValuations.run(cases, threads, bar);
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
    return base.book().stream().map(w -> w.warrant().id()).toList();
  }
}
