package org.warrantlab.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.apache.spark.api.java.JavaSparkContext;
import org.warrantlab.cli.Main;

/**
 * The throughput of a 2-D sweep on embedded Spark against the local command on the same cores, in one JVM:
 * the two runs alternate (so both see the same machine), their bytes are compared, and the median times give
 * the ratio. Also times a job of empty tasks for Spark's own cost per task. Run by
 * {@code valuation-spark/spark-throughput.sh}; not a test, since it asserts no time.
 */
public final class SweepThroughput {

  private SweepThroughput() {
  }

  public static void main(String[] args) {
    int cores = args.length > 0 ? Integer.parseInt(args[0]) : 2;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    String paths = args.length > 2 ? args[2] : "20000";
    List<String> sweep = List.of("sweep", "examples/capstone-2009-09-30.json", "--paths", paths,
        "--vary", "market.volatility=0.6:1.0:0.1", "--vary", "market.spot=1.0:1.6:0.15", "--format", "json",
        "--threads", String.valueOf(cores));
    long started = System.nanoTime();
    try (JavaSparkContext spark = EmbeddedSpark.start("local[" + cores + "]")) {
      double startUp = seconds(started);
      String expected = local(sweep);
      check(expected, spark(spark, sweep));
      double[] here = new double[rounds];
      double[] there = new double[rounds];
      for (int r = 0; r < rounds; r++) {
        long t = System.nanoTime();
        check(expected, local(sweep));
        here[r] = seconds(t);
        t = System.nanoTime();
        check(expected, spark(spark, sweep));
        there[r] = seconds(t);
      }
      int tasks = 400;
      List<Integer> indices = IntStream.range(0, tasks).boxed().toList();
      spark.parallelize(indices, tasks).map(i -> i).collect();
      long t = System.nanoTime();
      spark.parallelize(indices, tasks).map(i -> i).collect();
      double perTask = seconds(t) / tasks;
      double local = median(here);
      double distributed = median(there);
      System.out.printf(Locale.US, "2-D sweep of 25 cells at %s paths on %d cores, %d rounds, bytes identical%n",
          paths, cores, rounds);
      System.out.printf(Locale.US, "local CLI      %s s (median %.2f s)%n", Arrays.toString(here), local);
      System.out.printf(Locale.US, "embedded Spark %s s (median %.2f s)%n", Arrays.toString(there), distributed);
      System.out.printf(Locale.US, "throughput ratio Spark/local %.2f; Spark start-up %.1f s (once per run);"
          + " %.2f ms per empty task%n", local / distributed, startUp, 1000 * perTask);
    }
  }

  private static String local(List<String> args) {
    StringWriter out = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(System.err, true), args.toArray(String[]::new));
    if (code != Main.OK) {
      throw new IllegalStateException("the local sweep failed with exit code " + code);
    }
    return out.toString();
  }

  private static String spark(JavaSparkContext spark, List<String> args) {
    StringWriter out = new StringWriter();
    int code = SparkMain.run(spark, OptionalInt.empty(), new PrintWriter(out, true),
        new PrintWriter(System.err, true), new ArrayList<>(args));
    if (code != Main.OK) {
      throw new IllegalStateException("the Spark sweep failed with exit code " + code);
    }
    return out.toString();
  }

  private static void check(String expected, String actual) {
    if (!expected.equals(actual)) {
      throw new IllegalStateException("the Spark sweep's bytes differ from the local one's");
    }
  }

  private static double seconds(long since) {
    return Math.round((System.nanoTime() - since) / 1e7) / 100.0;
  }

  private static double median(double[] times) {
    double[] sorted = times.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
