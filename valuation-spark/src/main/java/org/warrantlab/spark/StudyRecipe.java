package org.warrantlab.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.warrantlab.cli.Main;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.sweep.ValuationCase;

/**
 * What an executor needs to rebuild a study's cases: the command line, and the bytes of the files it names,
 * so that an executor without the driver's files (a cluster node) reads the same inputs.
 *
 * @param args the warrantlab command line
 * @param files the contents of each argument that names a file on the driver
 */
record StudyRecipe(List<String> args, Map<String, byte[]> files) implements Serializable {

  StudyRecipe {
    args = List.copyOf(args);
    files = Map.copyOf(files);
  }

  /** The recipe of {@code args}, with the files they name read now, on the driver. */
  static StudyRecipe of(List<String> args) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    for (String arg : args) {
      Path path = Path.of(arg.startsWith("-") ? "" : arg);
      if (!arg.isEmpty() && Files.isRegularFile(path)) {
        try {
          files.put(arg, Files.readAllBytes(path));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return new StudyRecipe(args, files);
  }

  /** The study's cases, in order, read from the driver's files (copied here where this node has none). */
  List<ValuationCase> cases() {
    return Main.studyCases(localArgs());
  }

  private String[] localArgs() {
    List<String> local = new ArrayList<>(args.size());
    for (String arg : args) {
      local.add(files.containsKey(arg) ? here(arg) : arg);
    }
    return local.toArray(String[]::new);
  }

  /** The command's simulation plan, read from the driver's files (copied here where this node has none). */
  SimulationPlan<?> plan() {
    return Main.simulationPlan(localArgs());
  }

  /** {@code arg}, or a copy of its bytes where this node does not have the same file. */
  private String here(String arg) {
    byte[] bytes = files.get(arg);
    Path path = Path.of(arg);
    try {
      if (Files.isRegularFile(path) && Arrays.equals(Files.readAllBytes(path), bytes)) {
        return arg;
      }
      String name = path.getFileName().toString();
      Path copy = Files.createTempDirectory("warrantlab-").resolve(name);
      Files.write(copy, bytes);
      copy.toFile().deleteOnExit();
      copy.getParent().toFile().deleteOnExit();
      return copy.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
