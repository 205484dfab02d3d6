package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.warrantlab.cli.Main;

/**
 * Runs every {@code ./warrantlab} command line of the README, read from the README itself, from the
 * repository root as a new user would, and checks that it prints what the README shows: each line shown
 * (but {@code ...}) must appear, in order, in the output. One test per command, so that every command has
 * a README example that works. Only what differs between machines and builds is masked (the thread count,
 * run time and clock time, the memory Java may use, the source revision); files the command would write
 * (--output, --chart, --emit-inputs) go to a temporary directory instead, so that the README's charts are not
 * redrawn; a line whose input file is not in the repository ({@code bad.json}) only illustrates an error and
 * is not run. No line runs with fewer paths
 * than the README's: the longest, the tornado of 19 valuations, takes a few seconds.
 */
class ReadmeCommandsTest {

  private static final Path README = Path.of("README.md").toAbsolutePath();
  private static final Set<String> WRITES_FILE = Set.of("--output", "-o", "--chart", "--emit-inputs");
  private static final Pattern MACHINE = Pattern.compile(
      "\\d+ threads?, [0-9.]+ s|Java may use [0-9.,]+ [MGT]B|\\(takes [^)]*\\)|revision [0-9a-f]+(-modified)?"
          + "|unknown revision|\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC");

  @TempDir
  Path directory;

  /** A command line of the README and the output it shows (empty when it shows none). */
  record Example(List<String> args, List<String> shown) {
    String command() {
      return args.get(0);
    }

    @Override
    public String toString() {
      return String.join(" ", args);
    }
  }

  static Stream<String> commands() {
    return Stream.of("value", "explain", "rollforward", "vol", "vwap", "greeks", "sweep", "converge", "tornado",
        "calibrate", "validate", "compare");
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everyReadmeExampleOfTheCommandPrintsWhatTheReadmeShows(String command) throws IOException {
    List<Example> examples = examples().stream().filter(e -> e.command().equals(command)).toList();
    List<Example> runnable = examples.stream().filter(ReadmeCommandsTest::inputsExist).toList();
    assertFalse(runnable.isEmpty(), "the README shows a command line of " + command + " that runs on the repository's"
        + " files; it shows " + examples);
    for (Example example : runnable) {
      String[] args = example.args().toArray(String[]::new);
      for (int i = 1; i < args.length; i++) {
        if (WRITES_FILE.contains(args[i - 1])) {
          args[i] = directory.resolve(Path.of(args[i]).getFileName()).toString();
        }
      }
      StringWriter out = new StringWriter();
      StringWriter err = new StringWriter();
      int exitCode = Main.run(new PrintWriter(out), new PrintWriter(err), args);
      boolean showsError = !example.shown().isEmpty() && example.shown().get(0).startsWith("warrantlab: ")
          || example.shown().stream().anyMatch(line -> line.matches(".*: [0-9,]+ problems?"));
      assertEquals(showsError ? Main.BAD_INPUT : Main.OK, exitCode, example + "\n" + err);
      assertShown(example, err.toString() + out);
    }
  }

  /** Each line the README shows, but "...", appears in the output, in the README's order. */
  private static void assertShown(Example example, String output) {
    List<String> lines = output.lines().map(ReadmeCommandsTest::masked).toList();
    int at = 0;
    for (String shown : example.shown()) {
      if (shown.strip().equals("...")) {
        continue;
      }
      String expected = masked(shown);
      int found = -1;
      for (int i = at; i < lines.size() && found < 0; i++) {
        if (lines.get(i).equals(expected)) {
          found = i;
        }
      }
      final int position = at;
      assertTrue(found >= 0, () -> "README shows for `" + example + "`:\n" + expected + "\nbut the output from line "
          + (position + 1) + " on is:\n" + String.join("\n", lines.subList(Math.min(position, lines.size()),
          lines.size())));
      at = found + 1;
    }
  }

  private static String masked(String line) {
    return MACHINE.matcher(line.stripTrailing()).replaceAll("…");
  }

  /** Whether every file the command reads is in the repository. */
  private static boolean inputsExist(Example example) {
    return example.args().stream().skip(1).filter(arg -> arg.matches("[\\w./-]+\\.(json|csv)"))
        .filter(arg -> !isWritten(example, arg)).allMatch(arg -> Files.exists(Path.of(arg)));
  }

  private static boolean isWritten(Example example, String arg) {
    int index = example.args().indexOf(arg);
    return index > 0 && WRITES_FILE.contains(example.args().get(index - 1));
  }

  /**
   * The command lines in the README's code blocks: {@code $ ./warrantlab ...} (or {@code $ warrantlab})
   * followed by the output it shows, and bare {@code ./warrantlab ...} lines of shell blocks, which show
   * none. A line ending in a backslash continues on the next.
   */
  static List<Example> examples() throws IOException {
    List<String> lines = Files.readAllLines(README);
    List<Example> examples = new ArrayList<>();
    boolean inBlock = false;
    List<String> args = null;
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.startsWith("```")) {
        if (args != null) {
          examples.add(new Example(args, List.copyOf(shown)));
          args = null;
        }
        inBlock = !inBlock;
        continue;
      }
      if (!inBlock) {
        continue;
      }
      String command = commandOf(line);
      if (command != null) {
        if (args != null) {
          examples.add(new Example(args, List.copyOf(shown)));
        }
        StringBuilder text = new StringBuilder(command);
        while (text.toString().endsWith("\\") && i + 1 < lines.size()) {
          text.setLength(text.length() - 1);
          text.append(' ').append(lines.get(++i).strip());
        }
        args = words(text.toString());
        shown.clear();
        if (!line.startsWith("$")) {
          examples.add(new Example(args, List.of()));
          args = null;
        }
      } else if (args != null) {
        shown.add(line);
      }
    }
    return examples;
  }

  /** The arguments after {@code warrantlab} when the line runs it, without a trailing comment; else null. */
  private static String commandOf(String line) {
    for (String prefix : new String[] {"$ ./warrantlab ", "$ warrantlab ", "./warrantlab "}) {
      if (line.startsWith(prefix)) {
        String command = line.substring(prefix.length());
        int comment = command.indexOf("  #");
        return (comment < 0 ? command : command.substring(0, comment)).strip();
      }
    }
    return null;
  }

  /** Splits a shell command line into words, honouring single and double quotes. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean inWord = false;
    char quote = 0;
    for (char c : text.toCharArray()) {
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else {
          word.append(c);
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
        inWord = true;
      } else if (Character.isWhitespace(c)) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}
