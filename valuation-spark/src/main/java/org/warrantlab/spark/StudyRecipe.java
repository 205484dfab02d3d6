package org.warrantlab.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.warrantlab.cli.Main;
import org.warrantlab.montecarlo.SimulationPlan;
import org.warrantlab.sweep.ValuationCase;

/**
 * What an executor needs to rebuild a command's cases or plan: the command line, and the bytes of the files
 * it names (a file, a folder's {@code *.json} files, the files a pattern such as {@code 'books/*.json'}
 * matches), so that an executor without the driver's files (a cluster node) reads the same inputs.
 *
 * @param args the warrantlab command line
 * @param files per argument that names files on the driver, each file's name and contents
 */
record StudyRecipe(List<String> args, Map<String, Map<String, byte[]>> files) implements PlanRecipe {

  StudyRecipe {
    args = List.copyOf(args);
    files = Map.copyOf(files);
  }

  /** Options whose value the driver writes, never an input to ship. */
  private static final Set<String> WRITTEN = Set.of("--output", "-o", "--output-dir", "--chart", "--emit-inputs");

  /** The recipe of {@code args}, with the files they name read now, on the driver. */
  static StudyRecipe of(List<String> args) {
    Map<String, Map<String, byte[]>> files = new LinkedHashMap<>();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (arg.isEmpty() || arg.startsWith("-") || i > 0 && WRITTEN.contains(args.get(i - 1))) {
        continue;
      }
      Path path = Path.of(arg);
      if (Files.isRegularFile(path)) {
        files.put(arg, Map.of(path.getFileName().toString(), read(path)));
      } else if (Files.isDirectory(path)) {
        files.put(arg, matching(path, "*.json"));
      } else if (isPattern(arg) && Files.isDirectory(folderOf(path))) {
        files.put(arg, matching(folderOf(path), path.getFileName().toString()));
      }
    }
    return new StudyRecipe(args, files);
  }

  /** The study's cases, in order, read from the driver's files (copied here where this node has none). */
  List<ValuationCase> cases() {
    return Main.studyCases(localArgs());
  }

  /** The command's simulation plan, read from the driver's files (copied here where this node has none). */
  @Override
  public SimulationPlan<?> plan() {
    return Main.simulationPlan(localArgs());
  }

  /** The plan of the calibration's trial at {@code at}, the solved input's value. */
  PlanRecipe trial(double at) {
    return new TrialRecipe(this, at);
  }

  /** The command line on this node's files: the driver's, or copies of them where this node has none. */
  String[] localArgs() {
    List<String> local = new ArrayList<>(args.size());
    for (String arg : args) {
      local.add(files.containsKey(arg) ? here(arg, files.get(arg)) : arg);
    }
    return local.toArray(String[]::new);
  }

  /** {@code arg}, or the same argument on a copy of its files where this node does not have the same ones. */
  private static String here(String arg, Map<String, byte[]> named) {
    Path path = Path.of(arg);
    boolean file = !isPattern(arg) && !Files.isDirectory(path) && named.size() == 1
        && named.containsKey(path.getFileName().toString());
    Path folder = file || isPattern(arg) ? folderOf(path) : path;
    if (same(folder, named)) {
      return arg;
    }
    try {
      Path copy = Files.createTempDirectory("warrantlab-");
      copy.toFile().deleteOnExit();
      for (Map.Entry<String, byte[]> entry : named.entrySet()) {
        Path written = Files.write(copy.resolve(entry.getKey()), entry.getValue());
        written.toFile().deleteOnExit();
      }
      return file || isPattern(arg) ? copy.resolve(path.getFileName().toString()).toString() : copy.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean same(Path folder, Map<String, byte[]> named) {
    for (Map.Entry<String, byte[]> entry : named.entrySet()) {
      Path local = folder.resolve(entry.getKey());
      if (!Files.isRegularFile(local) || !Arrays.equals(read(local), entry.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPattern(String arg) {
    return arg.substring(arg.lastIndexOf('/') + 1).matches(".*[*?\\[{].*");
  }

  private static Path folderOf(Path path) {
    Path parent = path.getParent();
    return parent == null ? Path.of(".") : parent;
  }

  private static Map<String, byte[]> matching(Path folder, String glob) {
    Map<String, byte[]> found = new TreeMap<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, glob)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          found.put(entry.getFileName().toString(), read(entry));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
