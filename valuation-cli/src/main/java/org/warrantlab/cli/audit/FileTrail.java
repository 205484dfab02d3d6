package org.warrantlab.cli.audit;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.cli.report.Wrapped;

/**
 * The part of an audit trail every report carries, simulation or not: the software that made it and the input
 * file with the SHA-256 of its bytes. The trail of {@code vol} and {@code vwap}, which read a price file and
 * simulate nothing; {@link AuditTrail} adds the simulation's seed, paths and method.
 *
 * @param software the build that ran
 * @param input the input file as the user named it
 * @param inputSha256 the SHA-256 of the input file's bytes, lower-case hex
 * @param runAt when the run finished, UTC
 */
public record FileTrail(SoftwareVersion software, String input, String inputSha256, Instant runAt) {

  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.US)
      .withZone(ZoneOffset.UTC);

  /** The trail of a run that read {@code file}, finishing now. */
  public static FileTrail of(Path file) {
    return new FileTrail(SoftwareVersion.current(), file.toString(), AuditTrail.sha256(file), Instant.now());
  }

  /** The fields in the order every format prints them; the clock time is not one of them. */
  public Map<String, Object> fields() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("software", "warrantlab " + software.version());
    fields.put("revision", software.revision());
    fields.put("input", input);
    fields.put("inputSha256", inputSha256);
    return fields;
  }

  /** E.g. "warrantlab 0.1.0 (revision abc); input prices.csv, SHA-256 ...". */
  public String sentence() {
    return software.text() + "; input " + input + ", SHA-256 " + inputSha256;
  }

  /** The clock time of the run, e.g. "2025-01-31 17:04:05 UTC". */
  public String clockTime() {
    return clockTime(runAt);
  }

  /** {@code instant} as every report prints the clock time, e.g. "2025-01-31 17:04:05 UTC". */
  public static String clockTime(Instant instant) {
    return CLOCK.format(instant);
  }

  /** The line a table ends with: the trail and the clock time, the software's revision on a line of its own. */
  public String tableLine() {
    return "Audit trail: " + software.text() + ";" + Wrapped.BREAK + "input " + input + ", SHA-256 " + inputSha256
        + ". Run finished " + clockTime() + ".";
  }
}
