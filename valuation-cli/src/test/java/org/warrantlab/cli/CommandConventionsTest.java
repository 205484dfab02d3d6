package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** What every command has in common: help with examples, one-line errors, --verbose, the exit codes. */
class CommandConventionsTest {

  @TempDir
  Path directory;

  static Stream<String> commands() {
    return new CommandLine(new WarrantlabCommand()).getSubcommands().keySet().stream();
  }

  @Test
  void everyCommandOfTheReadmeIsThere() {
    assertEquals(List.of("value", "explain", "rollforward", "vol", "vwap", "greeks", "sweep", "converge", "tornado",
        "calibrate", "validate", "compare"), commands().toList());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyCommandsHelpEndsWithExamplesOfItself(String command) {
    CliRun help = CliRun.of(command, "--help");
    assertEquals(0, help.exitCode(), help.err());
    String out = help.out();
    int examples = out.indexOf("\nExamples:\n");
    assertTrue(examples > 0, command + " --help has an Examples: footer:\n" + out);
    assertTrue(out.substring(examples).contains("\n  warrantlab " + command + " "), out);
  }

  @Test
  void theTopCommandsHelpHasExamplesAndTheExitCodes() {
    CliRun help = CliRun.of("--help");
    assertEquals(0, help.exitCode());
    assertTrue(help.out().contains("\nExamples:\n  warrantlab value "), help.out());
    assertTrue(help.out().contains("Exit codes: 0 ok, 2 bad input, 1 internal failure."), help.out());
    assertTrue(help.out().contains(Failures.JAVA_OPTIONS + "=-Xmx8g"), help.out());
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyFooterLineFitsEightyColumns(String command) {
    CommandLine cli = new CommandLine(new WarrantlabCommand()).getSubcommands().get(command);
    for (String line : cli.getCommandSpec().usageMessage().footer()) {
      line = line.replace("%%", "%");
      assertTrue(line.length() <= 80, command + ": " + line.length() + " columns: " + line);
    }
  }

  @Test
  void eachCommandsHelpListsItsOwnFormats() {
    assertTrue(CliRun.of("value", "--help").out().contains("table | json | csv | xlsx (default: table)."));
    assertTrue(CliRun.of("vol", "--help").out().contains("table | json (default: table)."));
    assertTrue(CliRun.of("rollforward", "--help").out().replaceAll("\\s+", " ")
        .contains("table | json | csv | markdown | xlsx (default: table)."));
    CliRun markdown = CliRun.of("vwap", "prices.csv", "--end", "2010-12-31", "--days", "10", "--format", "markdown");
    assertEquals(2, markdown.exitCode());
    assertEquals("warrantlab: Invalid value for option '--format': expected one of table, json but was 'markdown'"
        + " (see 'warrantlab vwap --help')", markdown.err().strip());
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    assertEquals(0, CliRun.of("value", input.toString(), "--format", "JSON", "--paths", "2000").exitCode());
  }

  @Test
  void aMistypedCommandOrOptionIsOneLineWithASuggestion() {
    CliRun command = CliRun.of("valeu", "book.json");
    assertEquals(2, command.exitCode());
    assertEquals("warrantlab: Unmatched arguments from index 0: 'valeu', 'book.json'; did you mean value or"
        + " validate or calibrate? (see"
        + " 'warrantlab --help')", command.err().strip());
    CliRun option = CliRun.of("value", "book.json", "--path", "10");
    assertEquals(2, option.exitCode());
    assertTrue(option.err().strip().endsWith("did you mean --paths? (see 'warrantlab value --help')"), option.err());
  }

  @Test
  void verboseAddsTheStackTraceAfterTheOneLineMessage() {
    Path input = InputFiles.variant(directory, root -> InputFiles.market(root).put("volatility", -1));
    for (String[] args : List.of(new String[] {"value", input.toString(), "--verbose"},
        new String[] {"--verbose", "value", input.toString()})) {
      CliRun run = CliRun.of(args);
      assertEquals(2, run.exitCode());
      List<String> lines = run.err().lines().toList();
      assertEquals("warrantlab: " + input + ": market.volatility must be non-negative and finite but was -1.0",
          lines.get(0));
      assertTrue(lines.get(1).startsWith(UserError.class.getName()), lines.get(1));
      assertTrue(lines.get(2).startsWith("\tat "), lines.get(2));
    }
    CliRun quiet = CliRun.of("value", input.toString());
    assertEquals(1, quiet.err().lines().count(), quiet.err());
  }

  @Test
  void anInternalFailureIsOneLineWithAHintAndExitCode1() {
    StringWriter err = new StringWriter();
    int code = new Failures(new PrintWriter(err), () -> false).failed(new IllegalStateException("boom\nsecond line"));
    assertEquals(Main.INTERNAL_FAILURE, code);
    assertEquals("warrantlab: internal error: java.lang.IllegalStateException: boom second line; rerun with --verbose"
        + " for the stack trace and report it", err.toString().strip());
    StringWriter verbose = new StringWriter();
    new Failures(new PrintWriter(verbose), () -> true).failed(new IllegalStateException("boom"));
    assertTrue(verbose.toString().lines().skip(1).findFirst().orElseThrow().startsWith("java.lang.IllegalStateException"));
    StringWriter memory = new StringWriter();
    new Failures(new PrintWriter(memory), () -> false).failed(new IllegalStateException(new OutOfMemoryError()));
    assertTrue(memory.toString().startsWith("warrantlab: internal error: Java ran out of memory"), memory.toString());
    assertFalse(memory.toString().strip().contains("\n"));
  }
}
