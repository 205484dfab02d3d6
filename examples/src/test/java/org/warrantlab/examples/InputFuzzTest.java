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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.Main;

/**
 * Mutates every example input many times, deterministically, and runs each mutant the way a user would:
 * whatever the input, the command ends in time with exit code 0 or 2, never 1 (an internal failure), and
 * never prints a stack trace; a rejection is one line on standard error. See {@link InputMutator} for the
 * mutations.
 *
 * <p>Each case runs in-process with {@code --paths 2000 --threads 1}, and the early-exercise calibration
 * of every input lowered to 4,096 paths, so that a case takes milliseconds; the memory limit (the tests of
 * this module run with a 2 GB heap) refuses the requests whose calibration or dates would take long. The
 * mutations never ask for a legitimately long run: numbers are scaled by 10 at most, and the huge values
 * lie beyond every limit.
 */
class InputFuzzTest {

  /** Fixed: every run mutates the same way. */
  private static final long SEED = 20240917L;
  private static final int MUTANTS_PER_INPUT = 90;
  private static final int MUTANTS_OF_PRICES = 60;
  /** Far above any case's time (milliseconds to a few seconds); a case beyond it is a hang. */
  private static final Duration TIME_BOUND = Duration.ofSeconds(20);

  /** The example inputs; the tests run from the repository root. */
  private static final Path EXAMPLES = Path.of("examples").toAbsolutePath();
  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .build();

  private static final ConcurrentMap<String, AtomicLong> EXIT_CODES = new ConcurrentHashMap<>();
  private static final AtomicLong CASES = new AtomicLong();
  private static final AtomicLong SLOWEST = new AtomicLong();
  private static volatile String slowestCase = "";
  private static volatile int lastExitCode;

  @TempDir
  static Path directory;

  @TestFactory
  Stream<DynamicTest> mutatedExampleInputs() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      inputs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    assertTrue(inputs.size() >= 6, "examples found in " + EXAMPLES);
    Random random = new Random(SEED);
    for (Path input : inputs) {
      ObjectNode base = (ObjectNode) MAPPER.readTree(input.toFile());
      lowerCalibration(base);
      boolean rollForward = base.has("periods");
      String name = input.getFileName().toString();
      for (int k = 0; k < MUTANTS_PER_INPUT; k++) {
        InputMutator.Mutant mutant = InputMutator.mutate(base, random);
        String[] command = rollForward ? rollForwardCommand(random) : valueCommand(random);
        String label = name + " #" + k + " " + command[0] + ": " + mutant.description();
        Path file = directory.resolve(name.replace(".json", "") + "-" + k + ".json");
        tests.add(DynamicTest.dynamicTest(label, () -> {
          Files.writeString(file, mutant.text());
          check(label, command[0], withFile(command, file));
        }));
      }
    }
    return tests.stream();
  }

  /**
   * The extremes the random mutations may miss, applied to the whole of every example: a run must be
   * refused at once or finish quickly. The paths cases run without {@code --paths}, so the file's count
   * is what is asked for.
   */
  @TestFactory
  Stream<DynamicTest> extremeExampleInputs() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(EXAMPLES)) {
      inputs = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
    for (Path input : inputs) {
      ObjectNode base = (ObjectNode) MAPPER.readTree(input.toFile());
      lowerCalibration(base);
      String name = input.getFileName().toString();
      boolean rollForward = base.has("periods");
      for (Extreme extreme : Extreme.values()) {
        if (rollForward && !extreme.forRollForward) {
          continue;
        }
        String command = rollForward ? "rollforward" : "value";
        String[] args = extreme.asksForPaths ? new String[] {command, "FILE", "--threads", "1"}
            : quick(new String[] {command, "FILE"});
        String label = name + " " + extreme;
        Path file = directory.resolve(name.replace(".json", "") + "-" + extreme + ".json");
        tests.add(DynamicTest.dynamicTest(label, () -> {
          Files.writeString(file, write(extreme.apply(base)));
          check(label, command, withFile(args, file));
        }));
      }
    }
    return tests.stream();
  }

  private static final String HUGE = "1e999999999";
  private static final String TINY = "1e-999999999";
  private static final String LARGEST_LONG = String.valueOf(Long.MAX_VALUE);

  /**
   * The extremes of the command line: the largest long as a path count in every command, a million-digit
   * exponent in every numeric option and in every input a sweep or tornado can vary, fractions and words
   * in whole-number options, files that never end, a book whose arithmetic overflows, peers that are not
   * price files, and studies of thousands of valuations. Each must be refused at once, in one line.
   */
  @TestFactory
  Stream<DynamicTest> extremeOptions() throws IOException {
    ObjectNode base = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("capstone-2009-09-30.json").toFile());
    lowerCalibration(base);
    Path book = directory.resolve("options-book.json");
    Files.writeString(book, write(base));
    ObjectNode plan = (ObjectNode) MAPPER.readTree(EXAMPLES.resolve("capstone-fy2010-rollforward.json").toFile());
    Path rollForward = directory.resolve("options-rollforward.json");
    Files.writeString(rollForward, write(plan));
    List<String[]> cases = new ArrayList<>();
    for (String[] command : new String[][] {{"value"}, {"greeks"}, {"converge"}, {"tornado"}, {"explain", "--path", "0"},
        {"sweep", "--vary", "market.spot=1,2"}}) {
      cases.add(Stream.concat(Stream.of(command[0], "BOOK", "--paths", LARGEST_LONG),
          Stream.of(command).skip(1)).toArray(String[]::new));
    }
    cases.add(new String[] {"rollforward", "PLAN", "--paths", LARGEST_LONG});
    for (String template : org.warrantlab.cli.input.PerturbationPaths.supported()) {
      String path = template.replace("[i]", "[0]").replace("[j]", "[0]");
      cases.add(new String[] {"sweep", "BOOK", "--vary", path + "=" + HUGE + ":1:1"});
      cases.add(new String[] {"sweep", "BOOK", "--vary", path + "=0:1:" + TINY});
      cases.add(new String[] {"sweep", "BOOK", "--vary", path + "=1," + HUGE});
      cases.add(new String[] {"tornado", "BOOK", "--range", path + "=" + HUGE + ":1e999999998"});
      cases.add(new String[] {"tornado", "BOOK", "--range", path + "=1:" + HUGE + "x"});
    }
    cases.add(new String[] {"value", "BOOK", "--target-se", HUGE});
    cases.add(new String[] {"value", "BOOK", "--target-se", "1e6", "--max-paths", "1"});
    cases.add(new String[] {"value", "BOOK", "--target-se", TINY, "--max-paths", LARGEST_LONG});
    cases.add(new String[] {"converge", "BOOK", "--start", LARGEST_LONG});
    cases.add(new String[] {"explain", "BOOK", "--path", LARGEST_LONG});
    cases.add(new String[] {"vol", "BOOK", "--term", HUGE});
    cases.add(new String[] {"sweep", "BOOK", "--vary", "market.spot=1:100:1", "--vary", "market.volatility=0.1:1:0.02"});
    cases.add(new String[] {"calibrate", "BOOK", "--paths", LARGEST_LONG, "--tranche", "2008-09", "--price", "0.5"});
    cases.add(new String[] {"calibrate", "BOOK", "--tranche", "2008-09", "--price", HUGE});
    cases.add(new String[] {"compare", "BOOK", "/dev/null"});
    // whole-number options: a million-digit exponent, a fraction, a word
    for (String count : new String[] {HUGE, "1.5", "2.5e0", "many", "_1000"}) {
      cases.add(new String[] {"value", "BOOK", "--paths", count});
      cases.add(new String[] {"value", "BOOK", "--seed", count});
      cases.add(new String[] {"value", "BOOK", "--threads", count});
      cases.add(new String[] {"value", "BOOK", "--target-se", "1", "--max-paths", count});
      cases.add(new String[] {"tornado", "BOOK", "--max-valuations", count});
      cases.add(new String[] {"converge", "BOOK", "--start", count});
      cases.add(new String[] {"explain", "BOOK", "--path", count});
      cases.add(new String[] {"vwap", "PRICES", "--end", "2010-12-31", "--days", count});
      cases.add(new String[] {"vol", "PRICES", "--term", "1", "--trading-days-per-year", count});
      cases.add(new String[] {"vol", "PRICES", "--term", "1", "--max-gap-days", count});
    }
    // term-matched volatility: peers that are not price files, weights beyond range, a book no file reaches
    cases.add(new String[] {"vol", "PRICES", "--terms-of", "BOOK"});
    cases.add(new String[] {"vol", "PRICES", "--terms-of", "BOOK", "--allow-short-history", "--peer", "PRICES:" + HUGE});
    cases.add(new String[] {"vol", "PRICES", "--terms-of", "BOOK", "--allow-short-history", "--own-weight", HUGE});
    cases.add(new String[] {"vol", "PRICES", "--terms-of", "BOOK", "--allow-short-history", "--peer", "PRICES:-1"});
    cases.add(new String[] {"vol", "PRICES", "--terms-of", "PRICES"});
    // a book whose arithmetic overflows (a share price of 1e300): refused in every command, charts included
    for (String[] command : new String[][] {{"value"}, {"greeks"}, {"sweep", "--vary", "market.volatility=0.5,0.6"},
        {"tornado"}, {"tornado", "--chart", "CHART"}}) {
      cases.add(Stream.concat(Stream.of(command[0], "OVERFLOWING", "--paths", "2000", "--threads", "1"),
          Stream.of(command).skip(1)).toArray(String[]::new));
    }
    // a study of thousands of inputs: two bars per financing of 1,500
    cases.add(new String[] {"tornado", "CROWDED", "--paths", "2000", "--threads", "1"});
    if (Files.exists(Path.of("/dev/zero"))) {
      cases.add(new String[] {"vol", "PRICES", "--terms-of", "BOOK", "--peer", "/dev/zero"});
      cases.add(new String[] {"value", "/dev/zero"});
      cases.add(new String[] {"rollforward", "/dev/zero"});
      cases.add(new String[] {"vol", "/dev/zero", "--term", "0.5", "--to", "2009-06-30"});
      cases.add(new String[] {"vwap", "/dev/zero", "--end", "2010-12-31", "--days", "10", "--discount", "0.06"});
    }
    ObjectNode overflowing = base.deepCopy();
    overflowing.withObject("/market").put("spot", 1e300);
    Path overflowingBook = directory.resolve("options-overflowing.json");
    Files.writeString(overflowingBook, write(overflowing));
    ObjectNode crowded = base.deepCopy();
    JsonNode financing = crowded.withArray("financings").get(0);
    for (int f = 1; f < 1500; f++) {
      crowded.withArray("financings").add(financing.deepCopy());
    }
    Path crowdedBook = directory.resolve("options-crowded.json");
    Files.writeString(crowdedBook, write(crowded));
    Map<String, String> files = Map.of("BOOK", book.toString(), "PLAN", rollForward.toString(), "PRICES",
        EXAMPLES.resolve("illustrative-prices.csv").toString(), "OVERFLOWING", overflowingBook.toString(),
        "CROWDED", crowdedBook.toString(), "CHART", directory.resolve("overflowing.png").toString());
    return cases.stream().map(args -> {
      String[] resolved = Stream.of(args).map(arg -> files.getOrDefault(arg, arg)).toArray(String[]::new);
      String label = String.join(" ", args);
      return DynamicTest.dynamicTest(label, () -> {
        check(label, args[0], resolved);
        assertTrue(lastExitCode == 2, () -> "not refused: " + label);
      });
    });
  }

  /** Whole-document extremes. */
  private enum Extreme {
    PATHS_1E15(false, true), PATHS_1E11(false, true), EXPIRIES_1000_YEARS_ON(true, false),
    EVERY_DATE_IN_9999(true, false), WINDOWS_AND_EXPIRIES_TO_9999(false, false), DAILY_AMERICAN_WITH_DIVIDENDS(false, false),
    EVERY_COUNT_LONG_MAX(true, false), EVERY_NUMBER_NAN(true, false), EVERY_NUMBER_TIMES_10(true, false),
    EVERY_NUMBER_NEGATIVE(true, false), EVERY_NUMBER_HUGE_EXPONENT(true, false),
    EVERY_NUMBER_TINY_EXPONENT(true, false);

    final boolean forRollForward;
    final boolean asksForPaths;

    Extreme(boolean forRollForward, boolean asksForPaths) {
      this.forRollForward = forRollForward;
      this.asksForPaths = asksForPaths;
    }

    ObjectNode apply(ObjectNode base) {
      ObjectNode tree = base.deepCopy();
      switch (this) {
        case PATHS_1E15 -> tree.withObject("/simulation").put("paths", 1_000_000_000_000_000L);
        case PATHS_1E11 -> tree.withObject("/simulation").put("paths", 100_000_000_000L);
        case EXPIRIES_1000_YEARS_ON -> tree.withArray("warrants").forEach(w -> {
          if (w.has("expiryDate")) {
            ((ObjectNode) w).put("expiryDate",
                java.time.LocalDate.parse(w.get("expiryDate").textValue()).plusYears(1000).toString());
          } else {
            ((ObjectNode) w).put("expiryYearsAfterCombination", 1000);
          }
        });
        case EVERY_DATE_IN_9999 -> tree = InputMutator.everywhere(tree, InputMutator::isDateValue,
            date -> MAPPER.getNodeFactory().textNode("9999-12-31"));
        case WINDOWS_AND_EXPIRIES_TO_9999 -> {
          tree.withArray("warrants").forEach(w -> ((ObjectNode) w).put("expiryDate", "9999-12-31"));
          tree.withArray("financings").forEach(f -> ((ObjectNode) f).put("end", "9999-12-31"));
        }
        case DAILY_AMERICAN_WITH_DIVIDENDS -> {
          tree.withObject("/market").put("dividendYield", 0.05);
          tree.withArray("warrants").forEach(w -> ((ObjectNode) w).put("exerciseStyle", "AMERICAN").remove("exerciseDates"));
          tree.withObject("/simulation").withObject("/earlyExercise").put("datesPerYear", 365);
        }
        case EVERY_COUNT_LONG_MAX -> tree = InputMutator.everywhere(tree, JsonNode::isIntegralNumber,
            count -> MAPPER.getNodeFactory().numberNode(Long.MAX_VALUE));
        case EVERY_NUMBER_NAN -> tree = InputMutator.everywhere(tree, JsonNode::isNumber,
            number -> MAPPER.getNodeFactory().numberNode(Double.NaN));
        case EVERY_NUMBER_TIMES_10 -> tree = InputMutator.everywhere(tree, JsonNode::isNumber,
            number -> number.isIntegralNumber() ? MAPPER.getNodeFactory().numberNode(number.longValue() * 10)
                : MAPPER.getNodeFactory().numberNode(number.doubleValue() * 10));
        case EVERY_NUMBER_NEGATIVE -> tree = InputMutator.everywhere(tree, JsonNode::isNumber,
            number -> MAPPER.getNodeFactory().numberNode(-Math.abs(number.doubleValue())));
        case EVERY_NUMBER_HUGE_EXPONENT -> tree = InputMutator.everywhere(tree, JsonNode::isNumber,
            number -> MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal(HUGE)));
        case EVERY_NUMBER_TINY_EXPONENT -> tree = InputMutator.everywhere(tree, JsonNode::isNumber,
            number -> MAPPER.getNodeFactory().numberNode(new java.math.BigDecimal(TINY)));
      }
      return tree;
    }
  }

  @TestFactory
  Stream<DynamicTest> mutatedPriceFiles() throws IOException {
    List<String> lines = Files.readAllLines(EXAMPLES.resolve("illustrative-prices.csv"));
    Random random = new Random(SEED + 1);
    List<DynamicTest> tests = new ArrayList<>();
    for (int k = 0; k < MUTANTS_OF_PRICES; k++) {
      PriceFileMutator.Mutant mutant = PriceFileMutator.mutate(lines, random);
      String[] command = random.nextBoolean()
          ? new String[] {"vol", "FILE", "--term", "1"}
          : new String[] {"vwap", "FILE", "--end", "2010-12-31", "--days", "10", "--discount", "0.06"};
      String label = "prices #" + k + " " + command[0] + ": " + mutant.description();
      Path file = directory.resolve("prices-" + k + ".csv");
      tests.add(DynamicTest.dynamicTest(label, () -> {
        Files.write(file, mutant.bytes());
        check(label, command[0], withFile(command, file));
      }));
    }
    return tests.stream();
  }

  @AfterAll
  static void summary() {
    System.out.printf("InputFuzzTest: %d cases, exit codes %s, slowest %d ms (%s)%n", CASES.get(), EXIT_CODES,
        SLOWEST.get(), slowestCase);
  }

  /** The command on a value input: mostly value, the others now and then; always quick settings. */
  private static String[] valueCommand(Random random) {
    int pick = random.nextInt(20);
    String[] command;
    if (pick < 9) {
      command = new String[] {"value", "FILE", "--format", random.nextBoolean() ? "json" : "table"};
    } else if (pick < 13) {
      return new String[] {"validate", "FILE"};
    } else if (pick < 15) {
      command = new String[] {"greeks", "FILE"};
    } else if (pick < 17) {
      command = new String[] {"explain", "FILE", "--path", String.valueOf(random.nextInt(2000))};
    } else if (pick < 18) {
      command = new String[] {"tornado", "FILE"};
    } else if (pick < 19) {
      command = new String[] {"sweep", "FILE", "--vary", "market.volatility=0.2,0.6"};
    } else {
      command = new String[] {"converge", "FILE", "--start", "500"};
    }
    return quick(command);
  }

  private static String[] rollForwardCommand(Random random) {
    return random.nextInt(4) == 0 ? new String[] {"validate", "FILE"}
        : quick(new String[] {"rollforward", "FILE", "--format", random.nextBoolean() ? "json" : "table"});
  }

  private static String[] quick(String[] command) {
    String[] args = java.util.Arrays.copyOf(command, command.length + 4);
    args[command.length] = "--paths";
    args[command.length + 1] = "2000";
    args[command.length + 2] = "--threads";
    args[command.length + 3] = "1";
    return args;
  }

  private static String[] withFile(String[] command, Path file) {
    return Stream.of(command).map(arg -> arg.equals("FILE") ? file.toString() : arg).toArray(String[]::new);
  }

  /**
   * A fuzz case must cost milliseconds: 4,096 calibration paths instead of the example's or the default
   * number, also for the inputs a case makes American.
   */
  private static void lowerCalibration(ObjectNode input) {
    input.withObject("/simulation").withObject("/earlyExercise").put("calibrationPaths", 4096);
  }

  private static void check(String label, String command, String[] args) {
    long start = System.nanoTime();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = assertTimeoutPreemptively(TIME_BOUND,
        () -> Main.run(new PrintWriter(out), new PrintWriter(err), args), () -> "hangs: " + label);
    long millis = (System.nanoTime() - start) / 1_000_000;
    lastExitCode = exitCode;
    CASES.incrementAndGet();
    EXIT_CODES.computeIfAbsent(command + "=" + exitCode, c -> new AtomicLong()).incrementAndGet();
    if (millis > SLOWEST.get()) {
      SLOWEST.set(millis);
      slowestCase = label;
    }
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
  }

  static String write(JsonNode tree) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
