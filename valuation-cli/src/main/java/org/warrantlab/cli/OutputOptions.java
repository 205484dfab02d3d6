package org.warrantlab.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.warrantlab.cli.chart.ChartFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --output} option of every command that writes a report. */
final class OutputOptions {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  private Path output;

  /** Refuses, before any work, a file that could not be written. */
  @Option(names = {"-o", "--output"}, paramLabel = "PATH",
      description = "Write the report to PATH (atomically) instead of standard output.")
  void output(String text) {
    Path path = Path.of(text);
    String problem = text.endsWith("/") ? "ends in '/', so names a directory; name a file"
        : OutputFile.problemWith(path);
    if (problem != null) {
      throw new ParameterException(command.commandLine(), "--output " + text + ": " + problem);
    }
    output = path;
  }

  /** Refuses, before any work, a binary report (a workbook) with no {@code --output} file to go to. */
  void requireFile(String format) {
    if (output == null) {
      throw new UserError("--format " + format + " writes a binary file: name it with --output FILE." + format);
    }
  }

  /**
   * Writes the report and the files beside it ({@code --emit-inputs}) all at once (nothing is replaced unless
   * all could be written), then prints the report when it has no file.
   */
  void deliver(CommandSpec spec, String report, Map<Path, byte[]> alongside) {
    Map<Path, byte[]> files = new LinkedHashMap<>(alongside);
    if (output != null) {
      files.put(output, report.getBytes(StandardCharsets.UTF_8));
    }
    OutputFile.writeAll(files);
    if (output == null) {
      OutputFile.deliver(spec.commandLine().getOut(), null, report);
    }
  }

  /** Writes a binary report (checked by {@link #requireFile}) and the files beside it all at once. */
  void deliver(byte[] report, Map<Path, byte[]> alongside) {
    Map<Path, byte[]> files = new LinkedHashMap<>(alongside);
    files.put(output, report);
    OutputFile.writeAll(files);
  }

  /** Prints the report, or writes it to the {@code --output} file all at once. */
  void deliver(CommandSpec spec, String report) {
    OutputFile.deliver(spec.commandLine().getOut(), output, report);
  }

  /**
   * Writes the report and the chart's files all at once (nothing is replaced unless all could be written),
   * then prints the report when it has no file.
   */
  void deliver(CommandSpec spec, String report, ChartFiles.Rendered chart) {
    Map<Path, byte[]> files = new LinkedHashMap<>(chart.files());
    if (output != null) {
      files.put(output, report.getBytes(StandardCharsets.UTF_8));
    }
    OutputFile.writeAll(files);
    if (output == null) {
      OutputFile.deliver(spec.commandLine().getOut(), null, report);
    }
  }
}
