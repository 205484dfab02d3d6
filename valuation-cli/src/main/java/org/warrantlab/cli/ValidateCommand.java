package org.warrantlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Checks an input file and lists every problem at once, each as the commands would report it:"
        + " FILE: json.path problem.",
        "Reads a value input (for value, explain, greeks, sweep, converge, tornado) or a roll-forward input,"
            + " told apart by their fields or by --kind; checks every field and the rules between them, that the"
            + " file's simulation fits in memory, and, for a roll-forward, books its events without valuing"
            + " them. Exit code 0 when there is no problem, 2 when there is any."},
    footer = {"", "Every field is checked; within one object (the market, a tranche, a financing),",
        "the rules between its values are checked once its fields read well, and stop at",
        "the first broken one. Fix what is listed and validate again until none is left.", "",
        "Examples:", "  warrantlab validate examples/capstone-2009-09-30.json",
        "  warrantlab validate examples/capstone-fy2010-rollforward.json",
        "  warrantlab validate book.json --kind value"})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "The input JSON to check.")
  private Path file;

  @Option(names = "--kind", paramLabel = "KIND",
      description = "value | rollforward: the command the file is for (default: a file with opening or periods"
          + " is a roll-forward, any other a value input).")
  private InputCheck.Kind kind;

  @Override
  public Integer call() {
    List<String> problems = InputCheck.problems(file, kind);
    PrintWriter out = spec.commandLine().getOut();
    problems.forEach(out::println);
    if (problems.isEmpty()) {
      out.println(file + ": no problems");
    } else {
      out.println(String.format(Locale.US, "%s: %,d problem%s", file, problems.size(), problems.size() == 1 ? "" : "s"));
    }
    out.flush();
    return problems.isEmpty() ? Main.OK : Main.BAD_INPUT;
  }
}
