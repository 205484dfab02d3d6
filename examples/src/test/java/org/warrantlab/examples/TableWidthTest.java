package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.Main;

/**
 * Every command's plain text, on every example, fits 120 columns by default: paragraphs and bullets wrapped, wide
 * tables split into blocks of columns; {@code --wide} prints each line whole, as wide as its content. A command an
 * example's book does not admit (Greeks of a contingent book) is refused and skipped, not failed. {@code compare}
 * runs on its input's own paths, so once, on the smallest example.
 */
class TableWidthTest {

  private static final int COLUMNS = 120;
  private static final String PATHS = "256";

  @TempDir
  Path reports;

  @Test
  void everyCommandOnEveryExampleFitsOneHundredTwentyColumns() throws IOException {
    List<String> checked = new ArrayList<>();
    for (String example : examples(false)) {
      List<List<String>> commands = List.of(
          List.of("value", example, "--paths", PATHS),
          List.of("explain", example, "--paths", PATHS, "--path", "2"),
          List.of("greeks", example, "--paths", PATHS),
          List.of("sweep", example, "--paths", PATHS, "--vary", "market.spot=1:1.2:0.2"),
          List.of("sweep", example, "--paths", PATHS, "--vary", "market.spot=1:1.2:0.2", "--vary",
              "market.dividendYield=0:0.01:0.01"),
          List.of("tornado", example, "--paths", PATHS),
          List.of("converge", example, "--start", "128", "--paths", "512"));
      for (List<String> command : commands) {
        run(command).ifPresent(output -> {
          assertFits(String.join(" ", command), output);
          checked.add(command.get(0));
        });
      }
    }
    for (String example : examples(true)) {
      List<String> command = List.of("rollforward", example, "--paths", PATHS, "--attribution");
      assertFits(String.join(" ", command), run(command).orElseThrow());
      checked.add("rollforward");
    }
    String small = "examples/registered-direct-fundamental-transaction.json";
    List<List<String>> others = List.of(
        List.of("compare", small, small),
        List.of("calibrate", "examples/capstone-2009-05-units.json", "--price", "0.55", "--paths", PATHS),
        List.of("batch", "examples/", "--output-dir", reports.toString(), "--paths", PATHS),
        List.of("vol", "examples/illustrative-prices.csv", "--term", "1"),
        List.of("vol", "examples/illustrative-prices.csv", "--terms-of", "examples/capstone-2009-12-31.json",
            "--allow-short-history", "--peer", "examples/illustrative-peer-a-prices.csv"),
        List.of("vwap", "examples/illustrative-prices.csv", "--end", "2010-12-31", "--days", "10"),
        List.of("validate", "examples/capstone-fy2010-rollforward.json"));
    for (List<String> command : others) {
      assertFits(String.join(" ", command), run(command).orElseThrow());
      checked.add(command.get(0));
    }
    for (String name : List.of("value", "explain", "greeks", "sweep", "tornado", "converge", "rollforward")) {
      assertTrue(checked.stream().filter(name::equals).count() >= 2, name + " ran on too few examples: " + checked);
    }
  }

  @Test
  void wideGivesEveryLineWhole() {
    String book = "examples/capstone-2009-09-30.json";
    List<List<String>> commands = List.of(
        List.of("value", book, "--paths", PATHS),
        List.of("explain", book, "--paths", PATHS, "--path", "2"),
        List.of("greeks", book, "--paths", PATHS),
        List.of("sweep", book, "--paths", PATHS, "--vary", "market.spot=1:1.2:0.2"),
        List.of("tornado", book, "--paths", PATHS),
        List.of("converge", book, "--start", "128", "--paths", "512"),
        List.of("rollforward", "examples/capstone-fy2010-rollforward.json", "--paths", PATHS),
        List.of("vol", "examples/illustrative-prices.csv", "--term", "1"));
    for (List<String> command : commands) {
      List<String> wide = new ArrayList<>(command);
      wide.add("--wide");
      String output = run(wide).orElseThrow();
      assertTrue(output.lines().anyMatch(line -> line.length() > COLUMNS && line.contains("SHA-256")
          && line.matches(".*[0-9a-f]{64}.*")), String.join(" ", wide) + ": the audit trail on one line\n" + output);
    }
    assertTrue(run(List.of("value", book, "--paths", PATHS, "--wide")).orElseThrow().contains("95% interval  Closed"),
        "value --wide shows the interval");
    String rollForward = run(List.of("rollforward", "examples/capstone-fy2010-rollforward.json", "--paths", PATHS,
        "--wide")).orElseThrow();
    assertTrue(rollForward.lines().anyMatch(line -> line.matches("\\s+Tranche\\s+Warrants\\s+Share price.*Fair value")),
        "the Level 3 table whole with --wide");
  }

  private static List<String> examples(boolean rollForward) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("examples"))) {
      List<String> examples = files.map(Path::toString)
          .filter(name -> name.endsWith(".json") && name.endsWith("-rollforward.json") == rollForward)
          .sorted().toList();
      assertTrue(examples.size() >= (rollForward ? 2 : 8), "the examples: " + examples);
      return examples;
    }
  }

  /** The command's standard output, or empty where it refused the example's book (exit 2). */
  private static Optional<String> run(List<String> args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args.toArray(String[]::new));
    assertTrue(exitCode == Main.OK || exitCode == Main.BAD_INPUT,
        String.join(" ", args) + " exited " + exitCode + "\n" + err);
    return exitCode == Main.OK ? Optional.of(out.toString()) : Optional.empty();
  }

  private static void assertFits(String command, String output) {
    for (String line : output.lines().toList()) {
      assertTrue(line.length() <= COLUMNS, command + ": " + line.length() + " columns: " + line);
    }
    Matcher digest = Pattern.compile("SHA-256\\s+([0-9a-f]+)").matcher(output);
    while (digest.find()) {
      assertTrue(digest.group(1).length() == 64, command + ": a SHA-256 broken: " + digest.group(1));
    }
  }
}
