package org.warrantlab.spark;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every distributed command prints the local command's bytes on embedded Spark with 1, 2 and 4 cores, the
 * work cut into as many partitions as cores, and on 2 cores into 3 (uneven ranges of blocks and cases).
 */
class SparkRunsTest {

  private static final String CAPSTONE = "../examples/capstone-2009-09-30.json";

  /** Value runs: pseudo-random on 5 blocks, Longstaff–Schwartz early exercise, Sobol points. */
  private static final List<List<String>> RUNS = List.of(
      List.of("value", CAPSTONE, "--paths", "20000", "--format", "json"),
      List.of("value", "../examples/american-dividend-payer.json", "--paths", "4096", "--format", "json"),
      List.of("value", "../examples/sobol-ratchet.json", "--paths", "8192", "--format", "json"),
      List.of("sweep", CAPSTONE, "--paths", "4000", "--vary", "market.volatility=0.6:1.0:0.2",
          "--vary", "market.spot=1.0:1.6:0.3", "--format", "json"),
      List.of("tornado", CAPSTONE, "--paths", "4000", "--format", "json"),
      List.of("greeks", "../examples/plain-warrant.json", "--paths", "12000", "--format", "json"),
      List.of("batch", "../examples/", "--paths", "4096", "--format", "json"));

  private static final Map<List<String>, String> LOCAL = new ConcurrentHashMap<>();

  /** {@code partitions} 0: as many as cores. */
  @ParameterizedTest(name = "{0}, partitions {1}")
  @CsvSource({"local[1], 0", "local[2], 0", "local[2], 3", "local[4], 0"})
  void everyCommandPrintsTheLocalBytes(String master, int partitions) {
    try (JavaSparkContext spark = EmbeddedSpark.start(master)) {
      List<Executable> checks = new ArrayList<>();
      for (List<String> run : RUNS) {
        String local = LOCAL.computeIfAbsent(run, args -> Commands.local(args).ok());
        String distributed = Commands.spark(spark, partitions == 0 ? OptionalInt.empty() : OptionalInt.of(partitions),
            run).ok();
        checks.add(() -> assertEquals(local, distributed, String.join(" ", run) + " on " + master));
      }
      assertAll(checks);
    }
    assertTrue(LOCAL.get(RUNS.get(3)).contains("\"cells\""), "the sweep's JSON has its cells");
  }
}
