package org.warrantlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.simulation.MemoryEstimate;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The input file and the simulation overrides shared by the commands that value a book. */
final class SimulationOptions {

  @Parameters(index = "0", paramLabel = "FILE", description = "Input JSON (see README: input schema).")
  Path file;

  @Option(names = "--paths", paramLabel = "N", description = "Simulated paths; overrides simulation.paths.")
  Long paths;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed; overrides simulation.seed.")
  Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads (default: all cores). The result does not depend on it.")
  Integer threads;

  @Option(names = Plausibility.OVERRIDE, description = "Value the market as given even where it looks like"
      + " percentages typed as decimals (a volatility above 5, a rate or dividend yield above 1 in size).")
  boolean allowImplausible;

  /** How much memory a run needs: {@link MemoryEstimate#ofValuation} and its siblings. */
  @FunctionalInterface
  interface Estimator {
    MemoryEstimate of(List<Warrant> book, List<Financing> financings, MarketData market, SimulationSettings settings);
  }

  /** A book to value: the file's input and its settings with the command line's overrides. */
  record Request(ValuationInput input, SimulationSettings settings) {
  }

  /**
   * Reads the file, applies the overrides and refuses, before anything runs, a request that would not fit
   * in memory as {@code estimator} sizes it.
   */
  Request request(Estimator estimator) {
    ValuationInput input = input();
    SimulationSettings settings = settings(input);
    checkMemory(estimator, input, settings);
    return new Request(input, settings);
  }

  /** Reads and validates the input file of the {@code value} contract. */
  ValuationInput input() {
    ValuationInput input = read(ValuationInputReader::read);
    checkPlausible(input);
    return input;
  }

  /** Refuses a market that looks typed in percentages, unless {@code --allow-implausible} was given. */
  void checkPlausible(ValuationInput input) {
    if (!allowImplausible) {
      Plausibility.check(input.market(), file);
    }
  }

  /** Reads the input file and maps it with {@code reader}, reporting any problem with the file's name. */
  <T> T read(Function<JsonNode, T> reader) {
    try {
      return reader.apply(JsonFiles.read(file));
    } catch (InputException e) {
      throw UserError.in(file, e);
    }
  }

  /** The file's simulation settings with the command line's overrides. */
  SimulationSettings settings(ValuationInput input) {
    return settings(input.simulation());
  }

  /** {@code fromFile} with the command line's overrides. */
  SimulationSettings settings(SimulationSettings fromFile) {
    try {
      return new SimulationSettings(
          paths != null ? paths : fromFile.paths(),
          seed != null ? seed : fromFile.seed(),
          fromFile.antithetic(),
          fromFile.controlVariate(),
          threads != null ? threads : fromFile.threads(),
          fromFile.earlyExercise(),
          fromFile.sampling());
    } catch (InvalidValueException e) {
      throw new UserError("--" + e.field() + " " + e.problem());
    }
  }

  /** Refuses a valuation of {@code input} with {@code settings} that would not fit in memory. */
  void checkMemory(Estimator estimator, ValuationInput input, SimulationSettings settings) {
    Limits.check(estimate(estimator, input, settings), file.toString(), false);
  }

  /** The memory a run of {@code input} with {@code settings} needs; too many paths are a user error. */
  MemoryEstimate estimate(Estimator estimator, ValuationInput input, SimulationSettings settings) {
    try {
      return estimator.of(input.book().stream().map(w -> w.warrant()).toList(), input.financings(), input.market(),
          settings);
    } catch (InvalidValueException e) {
      throw pathsError(e);
    }
  }

  /** A problem with the paths, named where they came from: {@code --paths} or the file's simulation.paths. */
  UserError pathsError(InvalidValueException e) {
    if (paths != null) {
      return new UserError("--" + e.field() + " " + e.problem());
    }
    return UserError.in(file, new InputException("simulation." + e.field(), e.problem()));
  }
}
