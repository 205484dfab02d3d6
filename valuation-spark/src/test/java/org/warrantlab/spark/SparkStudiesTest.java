package org.warrantlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.warrantlab.cli.Main;

/** The studies on embedded Spark print the local command's bytes, however the cases are partitioned. */
class SparkStudiesTest {

  private static final List<String> SWEEP = List.of("sweep", "../examples/capstone-2009-09-30.json",
      "--paths", "4000", "--vary", "market.volatility=0.6:1.0:0.2", "--vary", "market.spot=1.0:1.6:0.3",
      "--format", "json");

  private static final List<String> TORNADO = List.of("tornado", "../examples/capstone-2009-09-30.json",
      "--paths", "4000", "--format", "json");

  @ParameterizedTest
  @ValueSource(ints = {1, 3, 4})
  void twoDimensionalSweepPrintsTheLocalBytesOnAnyPartitioning(int partitions) {
    String local = local(SWEEP);
    assertEquals(local, spark(SWEEP, partitions));
    assertTrue(local.contains("\"cells\""), local);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 3})
  void tornadoPrintsTheLocalBytesOnAnyPartitioning(int partitions) {
    assertEquals(local(TORNADO), spark(TORNADO, partitions));
  }

  @Test
  void aTextSweepDiffersFromTheLocalOneOnlyInItsTiming() {
    List<String> text = new ArrayList<>(SWEEP.subList(0, SWEEP.size() - 2));
    assertEquals(withoutTiming(local(text)), withoutTiming(spark(text, 2)));
  }

  @Test
  void aBadInputIsRefusedAsLocallyWithItsOneLineAndExitTwo() {
    List<String> bad = List.of("sweep", "../examples/capstone-2009-09-30.json", "--vary", "market.volatility=-1");
    StringWriter err = new StringWriter();
    int code = SparkMain.run(EmbeddedSpark.context(), OptionalInt.of(2), new PrintWriter(new StringWriter()),
        new PrintWriter(err, true), bad);
    assertEquals(Main.BAD_INPUT, code);
    assertEquals(1, err.toString().lines().count(), err.toString());
  }

  @Test
  void commandsThatAreNotDistributedAreRefused() {
    StringWriter err = new StringWriter();
    assertEquals(Main.BAD_INPUT, SparkMain.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true),
        "value", "../examples/plain-warrant.json"));
    assertTrue(err.toString().startsWith("warrantlab-spark: runs sweep and tornado on Spark"), err.toString());
  }

  private static String local(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    assertEquals(Main.OK, code, err.toString());
    return out.toString();
  }

  private static String spark(List<String> args, int partitions) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.run(EmbeddedSpark.context(), OptionalInt.of(partitions), new PrintWriter(out, true),
        new PrintWriter(err, true), args);
    assertEquals(Main.OK, code, err.toString());
    return out.toString();
  }

  private static String withoutTiming(String report) {
    return report.replaceAll("\\d+(\\.\\d+)? s\\b", "T s").replaceAll("\\d+ ms\\b", "T ms");
  }
}
