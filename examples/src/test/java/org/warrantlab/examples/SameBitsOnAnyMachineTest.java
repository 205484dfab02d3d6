package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.warrantlab.cli.Main;

/**
 * An auditor who re-performs a valuation on another machine gets the same bytes. {@link Math#exp},
 * {@link Math#log} and {@link Math#pow} may be CPU-specific intrinsics that differ in the last bit from the
 * portable fdlibm results; a child JVM with those intrinsics switched off stands in for such a machine,
 * and must print exactly what this JVM prints, for each sampling (pseudo-random, Sobol) and for early
 * exercise (Longstaff–Schwartz).
 */
class SameBitsOnAnyMachineTest {

  /** Switch off the math intrinsics of C1/C2 and the interpreter; flags a JVM lacks are ignored. */
  private static final List<String> WITHOUT_MATH_INTRINSICS = List.of("-XX:+UnlockDiagnosticVMOptions",
      "-XX:+IgnoreUnrecognizedVMOptions", "-XX:DisableIntrinsic=_dexp,_dlog,_dpow", "-XX:-UseLibmIntrinsic");

  @ParameterizedTest
  @CsvSource({
      "value, examples/capstone-2009-09-30.json",
      "value, examples/sobol-ratchet.json",
      "value, examples/american-dividend-payer.json",
      "rollforward, examples/capstone-fy2010-rollforward.json"})
  void aJvmWithoutMathIntrinsicsPrintsTheSameBytes(String command, String file) throws Exception {
    String[] args = {command, file, "--format", "json"};
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(Main.OK, Main.run(new PrintWriter(out), new PrintWriter(err), args), err.toString());

    assertEquals(out.toString(), runInChildJvm(args), "the same input and seed printed different bytes in a"
        + " JVM without math intrinsics");
  }

  private static String runInChildJvm(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(WITHOUT_MATH_INTRINSICS);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.waitFor(), "the child JVM failed: " + command);
    return output;
  }
}
