package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.warrantlab.cli.Main;

/**
 * One fuzz case run the way a user would, in-process: it ends in time with exit code 0 or 2, never 1 (an internal
 * failure), never prints a stack trace, and a rejection is one line on standard error. Shared by the fuzz tests,
 * with the quick settings they run under and a tally of every case's exit code.
 */
final class FuzzRun {

  /** The example inputs; the tests run from the repository root. */
  static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .build();
  static final String HUGE = "1e999999999";
  static final String TINY = "1e-999999999";

  /** Far above any case's time (milliseconds to a few seconds); a case beyond it is a hang. */
  private static final Duration TIME_BOUND = Duration.ofSeconds(20);
  private static final ConcurrentMap<String, AtomicLong> EXIT_CODES = new ConcurrentHashMap<>();
  private static final AtomicLong CASES = new AtomicLong();
  private static final AtomicLong SLOWEST = new AtomicLong();
  private static volatile String slowestCase = "";

  private FuzzRun() {
  }

  /** The example inputs (JSON), in name order. */
  static List<Path> exampleInputs() throws IOException {
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** Runs {@code args} as the case {@code label} of {@code command}, checks how it ended and returns its exit code. */
  static int check(String label, String command, String[] args) {
    long start = System.nanoTime();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = assertTimeoutPreemptively(TIME_BOUND,
        () -> Main.run(new PrintWriter(out), new PrintWriter(err), args), () -> "hangs: " + label);
    tally(label, command, exitCode, (System.nanoTime() - start) / 1_000_000);
    String errors = err.toString();
    assertTrue(exitCode == 0 || exitCode == 2, () -> "exit code " + exitCode + " for " + label + "\n" + errors);
    assertFalse(errors.contains("Exception") || errors.contains("\tat "),
        () -> "a stack trace for " + label + "\n" + errors);
    if (command.equals("validate")) {
      assertEquals("", errors, label);
      String last = out.toString().strip().lines().reduce((a, b) -> b).orElse("");
      assertTrue(exitCode == 0 ? last.endsWith(": no problems") : last.matches(".*: [0-9,]+ problems?"),
          () -> label + "\n" + out);
    } else if (exitCode == 2) {
      assertTrue(errors.startsWith("warrantlab: ") && errors.strip().lines().count() == 1,
          () -> "one line for " + label + "\n" + errors);
      assertEquals("", out.toString(), label);
    } else {
      assertEquals("", errors, label);
      assertFalse(out.toString().isBlank(), label);
    }
    return exitCode;
  }

  /** The cases run so far, their exit codes by command and the slowest. */
  static String summary() {
    return String.format("%d cases, exit codes %s, slowest %d ms (%s)", CASES.get(), EXIT_CODES, SLOWEST.get(),
        slowestCase);
  }

  /** {@code command} with quick settings: 2,000 paths on one thread. */
  static String[] quick(String[] command) {
    String[] args = Arrays.copyOf(command, command.length + 4);
    args[command.length] = "--paths";
    args[command.length + 1] = "2000";
    args[command.length + 2] = "--threads";
    args[command.length + 3] = "1";
    return args;
  }

  /** {@code command} with its {@code FILE} argument replaced by {@code file}. */
  static String[] withFile(String[] command, Path file) {
    return Stream.of(command).map(arg -> arg.equals("FILE") ? file.toString() : arg).toArray(String[]::new);
  }

  /**
   * A fuzz case must cost milliseconds: 4,096 calibration paths instead of the example's or the default
   * number, also for the inputs a case makes American.
   */
  static void lowerCalibration(ObjectNode input) {
    input.withObject("/simulation").withObject("/earlyExercise").put("calibrationPaths", 4096);
  }

  static String write(JsonNode tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static synchronized void tally(String label, String command, int exitCode, long millis) {
    CASES.incrementAndGet();
    EXIT_CODES.computeIfAbsent(command + "=" + exitCode, c -> new AtomicLong()).incrementAndGet();
    if (millis > SLOWEST.get()) {
      SLOWEST.set(millis);
      slowestCase = label;
    }
  }
}
