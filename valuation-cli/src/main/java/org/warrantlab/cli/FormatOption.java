package org.warrantlab.cli;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --format} option of every command that writes a report. Each command offers the constants of
 * its own format enum, the first (TABLE) being the default:
 * {@code @Mixin private FormatOption format = new FormatOption(Format.class);}. The values are taken in
 * any case; {@link #describeIn} lists each command's own in its help.
 */
final class FormatOption {

  private static final String NAME = "--format";

  private final Class<? extends Enum<?>> formats;
  private Enum<?> format;

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  <E extends Enum<E>> FormatOption(Class<E> formats) {
    this.formats = formats;
    this.format = formats.getEnumConstants()[0];
  }

  @Option(names = NAME, paramLabel = "FORMAT", defaultValue = "table", description = "The report's format.")
  void format(String text) {
    for (Enum<?> constant : formats.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(text)) {
        format = constant;
        return;
      }
    }
    throw new ParameterException(command.commandLine(), "Invalid value for option '" + NAME + "': expected one of "
        + String.join(", ", names()) + " but was '" + text + "'");
  }

  @Option(names = "--wide", description = "Plain text as wide as its content: every table whole, every paragraph on"
      + " one line; by default it fits 120 columns, paragraphs wrapped and wide tables split into blocks of columns.")
  private boolean wide;

  /** Whether tables may run wider than 120 columns. */
  boolean wide() {
    return wide;
  }

  /** The format chosen, as the command's enum. */
  <E extends Enum<E>> E get(Class<E> type) {
    return type.cast(format);
  }

  private List<String> names() {
    return Arrays.stream(formats.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
  }

  /** Gives each command's {@code --format} the help text and completion candidates of its own formats. */
  static void describeIn(CommandLine root) {
    for (CommandLine command : root.getSubcommands().values()) {
      CommandSpec spec = command.getCommandSpec();
      for (CommandSpec mixin : spec.mixins().values()) {
        if (mixin.userObject() instanceof FormatOption option) {
          OptionSpec declared = spec.findOption(NAME);
          List<String> names = option.names();
          spec.remove(declared);
          spec.addOption(OptionSpec.builder(declared)
              .description(String.join(" | ", names) + " (default: " + names.get(0) + ").")
              .completionCandidates(names)
              .build());
        }
      }
      describeIn(command);
    }
  }
}
