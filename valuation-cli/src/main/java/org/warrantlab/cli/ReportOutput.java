package org.warrantlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/** Sends a finished report to standard output, or atomically to the {@code --output} file when one is given. */
final class ReportOutput {

  private ReportOutput() {
  }

  static void send(CommandSpec spec, Path output, String report) {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(report);
      out.flush();
    } else {
      OutputFile.write(output, report);
    }
  }
}
