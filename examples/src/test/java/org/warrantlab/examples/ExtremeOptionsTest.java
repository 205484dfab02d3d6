package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warrantlab.examples.FuzzRun.EXAMPLES;
import static org.warrantlab.examples.FuzzRun.HUGE;
import static org.warrantlab.examples.FuzzRun.MAPPER;
import static org.warrantlab.examples.FuzzRun.TINY;
import static org.warrantlab.examples.FuzzRun.check;
import static org.warrantlab.examples.FuzzRun.lowerCalibration;
import static org.warrantlab.examples.FuzzRun.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** The extremes of the command line, each run as a {@link FuzzRun} case that must be refused. */
class ExtremeOptionsTest {

  private static final String LARGEST_LONG = String.valueOf(Long.MAX_VALUE);

  @TempDir
  static Path directory;

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
        assertEquals(2, check(label, args[0], resolved), () -> "not refused: " + label);
      });
    });
  }
}
