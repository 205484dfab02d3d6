package org.warrantlab.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Prints a template input of KIND (value or rollforward) that validates: every field with an"
        + " illustrative figure, and notes that say what each field means. JSON has no comments, so the"
        + " explanations are the file's notes, which every report echoes: replace them with your sources."},
    footer = {"", "Examples:", "  warrantlab init value --output book.json",
        "  warrantlab init rollforward > quarter.json && warrantlab validate quarter.json"})
final class InitCommand implements Callable<Integer> {

  /** The inputs a template can be made for. */
  enum Kind {
    VALUE, ROLLFORWARD
  }

  @Spec
  private CommandSpec spec;

  @Parameters(index = "0", paramLabel = "KIND", description = "value | rollforward")
  private String kind;

  @Mixin
  private OutputOptions output;

  @Override
  public Integer call() {
    Kind chosen;
    try {
      chosen = Kind.valueOf(kind.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("init makes a template of value or rollforward, not '" + kind + "'");
    }
    output.deliver(spec, template(chosen));
    return 0;
  }

  private static String template(Kind kind) {
    String name = "templates/" + kind.name().toLowerCase(Locale.ROOT) + ".json";
    try (InputStream in = InitCommand.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the build lacks the template " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the template " + name, e);
    }
  }
}
