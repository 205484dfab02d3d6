package org.warrantlab.cli.audit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import org.warrantlab.cli.report.Wrapped;
import java.util.Map;
import org.warrantlab.cli.UserError;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * What a reader needs to re-perform a report: the software that made it, the input file and the SHA-256 of its
 * bytes, the seed, the paths and the sampling method. {@link #fields} is what every format prints; the run's
 * clock time, {@link #runAt}, only the formats meant for people (table, workbook), so JSON, CSV and the memo stay
 * byte-reproducible.
 *
 * @param software the build that ran
 * @param input the input file as the user named it
 * @param inputSha256 the SHA-256 of the input file's bytes, lower-case hex
 * @param seed the seed of every simulation of the run
 * @param paths paths simulated per valuation
 * @param method the sampling method (PSEUDO, SOBOL)
 * @param runAt when the run finished, UTC
 */
public record AuditTrail(SoftwareVersion software, String input, String inputSha256, long seed, long paths,
    String method, Instant runAt) {

  /** The trail of a run of {@code file} with {@code settings} that simulated {@code paths} paths, finishing now. */
  public static AuditTrail of(Path file, SimulationSettings settings, long paths) {
    return new AuditTrail(SoftwareVersion.current(), file.toString(), sha256(file), settings.seed(), paths,
        settings.sampling().method().name(), Instant.now());
  }

  /** The fields in the order every format prints them; the clock time is not one of them. */
  public Map<String, Object> fields() {
    Map<String, Object> fields = file().fields();
    fields.put("seed", seed);
    fields.put("paths", paths);
    fields.put("method", method);
    return fields;
  }

  /** One line for a table or memo, e.g. "warrantlab 0.1.0 (revision abc), input x.json (SHA-256 ...), seed 1, ...". */
  public String sentence() {
    return software.text() + "; " + run() + ".";
  }

  /** The run without the software, e.g. "input x.json, SHA-256 ...; seed 1, 1,000 paths, pseudo-random sampling". */
  public String run() {
    return String.format(Locale.US, "input %s, SHA-256 %s; seed %d, %,d paths, %s sampling", input, inputSha256,
        seed, paths, method.toLowerCase(Locale.ROOT).replace("pseudo", "pseudo-random"));
  }

  /** The fields of {@link #fields} that belong to the input and its run: all but the software's. */
  public Map<String, Object> runFields() {
    Map<String, Object> fields = fields();
    fields.remove("software");
    fields.remove("revision");
    return fields;
  }

  /** The clock time of the run, e.g. "2025-01-31 17:04:05 UTC". */
  public String clockTime() {
    return file().clockTime();
  }

  /** The software and input part of the trail, which every report carries. */
  public FileTrail file() {
    return new FileTrail(software, input, inputSha256, runAt);
  }

  /** The line a table ends with: the trail and the clock time, the software's revision on a line of its own. */
  public String tableLine() {
    return "Audit trail: " + sentence().replaceFirst("; ", ";" + Wrapped.BREAK) + " Run finished " + clockTime() + ".";
  }

  /** The SHA-256 of the file's bytes in lower-case hex, read in pieces so that a large file takes little memory. */
  public static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UserError("cannot read " + file + " to fingerprint it: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
