package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.warrantlab.examples.FuzzRun.EXAMPLES;
import static org.warrantlab.examples.FuzzRun.HUGE;
import static org.warrantlab.examples.FuzzRun.MAPPER;
import static org.warrantlab.examples.FuzzRun.TINY;
import static org.warrantlab.examples.FuzzRun.check;
import static org.warrantlab.examples.FuzzRun.exampleInputs;
import static org.warrantlab.examples.FuzzRun.lowerCalibration;
import static org.warrantlab.examples.FuzzRun.quick;
import static org.warrantlab.examples.FuzzRun.withFile;
import static org.warrantlab.examples.FuzzRun.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutates every example input many times, deterministically, and runs each mutant the way a user would, as a
 * {@link FuzzRun} case: whatever the input, the command ends in time with exit code 0 or 2, never 1 (an internal
 * failure), and never prints a stack trace; a rejection is one line on standard error. See {@link InputMutator}
 * for the mutations and {@link ExtremeOptionsTest} for the extremes of the command line.
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


  @TempDir
  static Path directory;

  @TestFactory
  Stream<DynamicTest> mutatedExampleInputs() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> inputs = exampleInputs();
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
    List<Path> inputs = exampleInputs();
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
            number -> number.isIntegralNumber()
                ? MAPPER.getNodeFactory().numberNode(number.longValue() * 10)
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
    System.out.println("InputFuzzTest: " + FuzzRun.summary());
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

}
