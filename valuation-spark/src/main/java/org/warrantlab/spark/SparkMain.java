package org.warrantlab.spark;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.warrantlab.cli.Main;

/**
 * Entry point of {@code warrantlab-spark} and of the jar given to {@code spark-submit}: {@code value},
 * {@code greeks}, {@code sweep}, {@code tornado}, {@code batch} and {@code calibrate} of {@code warrantlab}
 * with their blocks or cases valued on Spark. {@code --master URL} picks the cluster (without
 * it, the one spark-submit gives, else embedded {@code local[*]}); {@code --partitions N} how many tasks the
 * cases are cut into. Exit codes are the local command's.
 */
public final class SparkMain {

  /** The commands whose work is distributed. */
  static final Set<String> COMMANDS = Set.of("value", "greeks", "sweep", "tornado", "batch", "calibrate");

  private SparkMain() {
  }

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    System.exit(run(out, err, args));
  }

  /** Runs the command line, starting Spark for it, and returns the exit code. */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    Launch launch;
    try {
      launch = Launch.of(args);
    } catch (IllegalArgumentException e) {
      err.println("warrantlab-spark: " + e.getMessage());
      return Main.BAD_INPUT;
    }
    SparkConf conf = new SparkConf().setAppName("warrantlab " + String.join(" ", launch.command()))
        .setIfMissing("spark.master", "local[*]").setIfMissing("spark.ui.enabled", "false");
    launch.master().ifPresent(conf::setMaster);
    try (JavaSparkContext spark = new JavaSparkContext(conf)) {
      return run(spark, launch.partitions(), out, err, launch.command());
    }
  }

  /** Runs the command line {@code command} on {@code spark}, and returns the exit code. */
  static int run(JavaSparkContext spark, OptionalInt partitions, PrintWriter out, PrintWriter err,
      List<String> command) {
    SparkCaseValuer valuer = new SparkCaseValuer(spark, StudyRecipe.of(command), partitions);
    return Main.run(out, err, valuer, command.toArray(String[]::new));
  }

  /** A command line with the Spark options taken out. */
  record Launch(Optional<String> master, OptionalInt partitions, List<String> command) {

    Launch {
      command = List.copyOf(command);
    }

    static Launch of(String... args) {
      Optional<String> master = Optional.empty();
      OptionalInt partitions = OptionalInt.empty();
      List<String> command = new ArrayList<>();
      for (int i = 0; i < args.length; i++) {
        String arg = args[i];
        if (arg.equals("--master") || arg.equals("--partitions")) {
          if (i + 1 == args.length) {
            throw new IllegalArgumentException(arg + " needs a value");
          }
          String value = args[++i];
          if (arg.equals("--master")) {
            master = Optional.of(value);
          } else {
            partitions = OptionalInt.of(positive(value));
          }
        } else {
          command.add(arg);
        }
      }
      if (command.isEmpty() || !COMMANDS.contains(command.get(0))) {
        throw new IllegalArgumentException("runs " + String.join(", ", COMMANDS.stream().sorted().toList())
            + " on Spark: warrantlab-spark COMMAND FILE [options] [--master URL] [--partitions N]");
      }
      return new Launch(master, partitions, command);
    }

    private static int positive(String value) {
      try {
        int n = Integer.parseInt(value);
        if (n > 0) {
          return n;
        }
      } catch (NumberFormatException e) {
        // refused below with the value
      }
      throw new IllegalArgumentException("--partitions must be a positive whole number but was " + value);
    }
  }
}
