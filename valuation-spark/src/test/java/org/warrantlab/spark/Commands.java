package org.warrantlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.OptionalInt;
import org.apache.spark.api.java.JavaSparkContext;
import org.warrantlab.cli.Main;

/** Runs a command line locally or on Spark and keeps what it printed and its exit code. */
record Commands(String out, String err, int exitCode) {

  static Commands local(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args.toArray(String[]::new));
    return new Commands(out.toString(), err.toString(), code);
  }

  static Commands spark(JavaSparkContext spark, OptionalInt partitions, List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = SparkMain.run(spark, partitions, new PrintWriter(out, true), new PrintWriter(err, true), args);
    return new Commands(out.toString(), err.toString(), code);
  }

  /** What it printed, after checking that it succeeded. */
  String ok() {
    assertEquals(Main.OK, exitCode, err);
    return out;
  }
}
