package org.warrantlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.function.Function;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.pricer.SimulationSettings;
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

  /** Reads and validates the input file of the {@code value} contract. */
  ValuationInput input() {
    return read(ValuationInputReader::read);
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
}
