package org.warrantlab.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.Main;

/** A batch with a bad book, the Spark options, and what Spark does not run, on embedded Spark with 2 cores. */
class SparkBatchTest {

  private static JavaSparkContext spark;

  @TempDir
  Path folder;

  @BeforeAll
  static void start() {
    spark = EmbeddedSpark.start("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.close();
  }

  @Test
  void aBadBookIsReportedWhyAndTheOthersAreValuedWithTheSameReportsAsLocally() throws IOException {
    Path books = Files.createDirectories(folder.resolve("books"));
    Files.copy(Path.of("../examples/plain-warrant.json"), books.resolve("a-plain.json"));
    Files.copy(Path.of("../examples/capstone-2009-09-30.json"), books.resolve("c-capstone.json"));
    Files.writeString(books.resolve("b-bad.json"), Files.readString(Path.of("../examples/plain-warrant.json"))
        .replaceFirst("\"volatility\"\\s*:\\s*[0-9.]+", "\"volatility\": -0.5"));
    List<String> local = List.of("batch", books.toString(), "--paths", "4096", "--wide", "--output-dir",
        folder.resolve("local").toString());
    List<String> distributed = List.of("batch", books + "/*.json", "--paths", "4096", "--wide", "--output-dir",
        folder.resolve("spark").toString());

    Commands here = Commands.local(local);
    Commands there = Commands.spark(spark, OptionalInt.of(2), distributed);

    assertEquals(Main.BAD_INPUT, here.exitCode());
    assertEquals(Main.BAD_INPUT, there.exitCode());
    assertEquals(here.out(), there.out());
    String badLine = here.out().lines().filter(line -> line.contains("b-bad.json")).findFirst().orElseThrow();
    assertTrue(badLine.endsWith("failed: " + books.resolve("b-bad.json") + ": market.volatility must be"
        + " non-negative and finite but was -0.5"), badLine);
    assertEquals(2, here.out().lines().filter(line -> line.endsWith("  valued")).count(), here.out());
    assertEquals(List.of("a-plain-value.json", "c-capstone-value.json", "summary.txt"), names(folder.resolve("local")));
    for (String name : names(folder.resolve("local"))) {
      assertArrayEquals(Files.readAllBytes(folder.resolve("local").resolve(name)),
          Files.readAllBytes(folder.resolve("spark").resolve(name)), name);
    }
  }

  @Test
  void aBookInTheBatchHasTheValueCommandsReport() throws IOException {
    Path out = folder.resolve("out");
    Commands.spark(spark, OptionalInt.empty(), List.of("batch", "../examples/plain-warrant.json", "--paths",
        "4096", "--output-dir", out.toString())).ok();
    String value = Commands.local(List.of("value", "../examples/plain-warrant.json", "--paths", "4096",
        "--format", "json")).ok();
    assertEquals(value, Files.readString(out.resolve("plain-warrant-value.json")));
  }

  @Test
  void aBadInputIsRefusedAsLocallyWithItsOneLineAndExitTwo() {
    List<String> bad = List.of("sweep", "../examples/capstone-2009-09-30.json", "--vary", "market.volatility=-1");
    Commands there = Commands.spark(spark, OptionalInt.of(2), bad);
    assertEquals(Main.BAD_INPUT, there.exitCode());
    assertEquals(Commands.local(bad).err(), there.err());
    assertEquals(1, there.err().lines().count(), there.err());
  }

  @Test
  void commandsThatAreNotDistributedAreRefused() {
    StringWriter err = new StringWriter();
    int code = SparkMain.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "explain",
        "../examples/plain-warrant.json");
    assertEquals(Main.BAD_INPUT, code);
    assertTrue(err.toString().startsWith("warrantlab-spark: runs batch, calibrate, greeks, sweep, tornado, value on Spark"),
        err.toString());
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }
}
