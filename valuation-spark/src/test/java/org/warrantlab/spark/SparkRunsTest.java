package org.warrantlab.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every distributed command prints the local command's bytes on embedded Spark with 1, 2 and 4 cores, the
 * work cut into as many partitions as cores, and on 2 cores into 3 (uneven ranges of blocks and cases), where
 * a calibration's table is checked too and each of its valuations is seen to be one job.
 */
class SparkRunsTest {

  private static final String CAPSTONE = "../examples/capstone-2009-09-30.json";
  private static final String UNITS = "../examples/capstone-2009-05-units.json";

  /**
   * Value runs: pseudo-random on 5 blocks (its count written as people type it, which each task reads again),
   * Longstaff–Schwartz early exercise, Sobol points; then the other commands.
   */
  private static final List<List<String>> RUNS = List.of(
      List.of("value", CAPSTONE, "--paths", "2e4", "--format", "json"),
      List.of("value", "../examples/american-dividend-payer.json", "--paths", "4096", "--format", "json"),
      List.of("value", "../examples/sobol-ratchet.json", "--paths", "8192", "--format", "json"),
      List.of("sweep", CAPSTONE, "--paths", "4000", "--vary", "market.volatility=0.6:1.0:0.2",
          "--vary", "market.spot=1.0:1.6:0.3", "--format", "json"),
      List.of("tornado", CAPSTONE, "--paths", "4000", "--format", "json"),
      List.of("greeks", "../examples/plain-warrant.json", "--paths", "12000", "--format", "json"),
      List.of("batch", "../examples/", "--paths", "4096", "--format", "json"),
      List.of("calibrate", UNITS, "--price", "0.55", "--paths", "12000", "--format", "json"),
      List.of("calibrate", CAPSTONE, "--solve", "financings[0].probability", "--price", "30800000", "--paths", "8192",
          "--format", "json"));

  /** The volatility implied by the May 2009 warrants' price, as a table whose closing clock time differs. */
  private static final List<String> CALIBRATION_TABLE = List.of("calibrate", UNITS, "--price", "0.55", "--paths",
      "12000");

  private static final Map<List<String>, String> LOCAL = new ConcurrentHashMap<>();

  /** {@code partitions} 0: as many as cores; {@code table}: the calibration's table and jobs checked too. */
  @ParameterizedTest(name = "{0}, partitions {1}")
  @CsvSource({"local[1], 0, false", "local[2], 0, false", "local[2], 3, true", "local[4], 0, false"})
  void everyCommandPrintsTheLocalBytes(String master, int partitions, boolean table) throws TimeoutException {
    try (JavaSparkContext spark = EmbeddedSpark.start(master)) {
      List<Executable> checks = new ArrayList<>();
      for (List<String> run : RUNS) {
        String local = LOCAL.computeIfAbsent(run, args -> Commands.local(args).ok());
        String distributed = Commands.spark(spark, partitions == 0 ? OptionalInt.empty() : OptionalInt.of(partitions),
            run).ok();
        checks.add(() -> assertEquals(local, distributed, String.join(" ", run) + " on " + master));
      }
      if (table) {
        checks.add(calibrationTable(spark, OptionalInt.of(partitions), master));
      }
      assertAll(checks);
    }
    assertTrue(LOCAL.get(RUNS.get(3)).contains("\"cells\""), "the sweep's JSON has its cells");
  }

  /**
   * The calibration's table on Spark is the local one but for its clock time, and every valuation of the
   * solver (each trial and the slope's) is one Spark job.
   */
  private static Executable calibrationTable(JavaSparkContext spark, OptionalInt partitions, String master)
      throws TimeoutException {
    AtomicInteger jobs = new AtomicInteger();
    spark.sc().addSparkListener(new SparkListener() {
      @Override
      public void onJobStart(SparkListenerJobStart start) {
        jobs.incrementAndGet();
      }
    });
    String local = unclocked(LOCAL.computeIfAbsent(CALIBRATION_TABLE, args -> Commands.local(args).ok()));
    String distributed = unclocked(Commands.spark(spark, partitions, CALIBRATION_TABLE).ok());
    spark.sc().listenerBus().waitUntilEmpty();
    Matcher valuations = Pattern.compile("Valuations +(\\d+) by the solver, (\\d+) for the slope").matcher(local);
    assertTrue(valuations.find(), local);
    int expected = Integer.parseInt(valuations.group(1)) + Integer.parseInt(valuations.group(2));
    return () -> assertAll(() -> assertEquals(local, distributed, "the calibration's table on " + master),
        () -> assertEquals(9, expected, "the solver's valuations"),
        () -> assertEquals(expected, jobs.get(), "one Spark job per valuation on " + master));
  }

  /** {@code text} with the run's time ("2 threads, 1.23 s") and clock ("Run finished 2026-12-02 17:04:05 UTC") masked. */
  private static String unclocked(String text) {
    return text.replaceAll("(\\d+ threads?), [0-9.]+ s\\.", "$1, T s.")
        .replaceAll("Run finished \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC", "Run finished T");
  }
}
