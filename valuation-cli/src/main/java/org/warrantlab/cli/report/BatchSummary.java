package org.warrantlab.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.audit.SoftwareVersion;
import org.warrantlab.pricer.BookValuation;

/**
 * The summary of a batch: one line per file, its total fair value and standard error, or why it was not
 * valued, with the audit trail: the software, and each valued file's SHA-256, seed, paths and sampling. Its bytes
 * depend on the files and options alone, never on where or when the books were valued (so no clock time: the
 * same batch on Spark prints the same summary).
 */
public final class BatchSummary {

  private static final ObjectMapper JSON = new ObjectMapper();

  private BatchSummary() {
  }

  /** One file of the batch. */
  public record Entry(String file, BatchOutcome outcome) {
  }

  /** The summary in {@code format}; a table fits 120 columns unless {@code wide}. */
  public static String render(List<Entry> entries, Format format, boolean wide) {
    return switch (format) {
      case TABLE -> table(entries, Wrapped.width(wide));
      case JSON -> json(entries);
      case CSV -> csv(entries);
    };
  }

  /** Files that failed. */
  public static long failures(List<Entry> entries) {
    return count(entries, "failed");
  }

  private static String table(List<Entry> entries, int width) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.US, "Batch valuation — %d files: %d valued, %d skipped, %d failed%n%n",
        entries.size(), count(entries, "valued"), count(entries, "skipped"), failures(entries)));
    TextTable table = new TextTable(List.of("File", "Total fair value", "Std error", "Status")).text(3);
    for (Entry entry : entries) {
      BatchOutcome outcome = entry.outcome();
      String value = outcome.valuation().map(v -> String.format(Locale.US, "%,.2f", v.total().value())).orElse("-");
      String error = outcome.valuation().map(BatchSummary::standardError).orElse("-");
      String status = outcome.note().isEmpty() ? outcome.status() : outcome.status() + ": " + outcome.note();
      table.row(entry.file(), value, error, status);
    }
    out.append(table.plain("", width)).append(System.lineSeparator());
    out.append(Wrapped.paragraph("Audit trail: " + SoftwareVersion.current().text()
        + "; each valued file's fingerprint and settings:", width));
    for (Entry entry : entries) {
      entry.outcome().audit().ifPresent(audit -> out.append(
          Wrapped.line("  - ", audit.run().replace("; seed", ";" + Wrapped.BREAK + "seed"), width)));
    }
    return out.toString();
  }

  /** The total's standard error, or "exact" where every tranche is its closed form through the control variate. */
  private static String standardError(BookValuation valuation) {
    boolean exact = valuation.tranches().stream()
        .allMatch(t -> Resolution.of(t, valuation.market()) == Resolution.EXACT_BY_CONTROL_VARIATE);
    return exact ? "exact" : String.format(Locale.US, "%,.2f", valuation.total().standardError());
  }

  private static long count(List<Entry> entries, String status) {
    return entries.stream().filter(e -> e.outcome().status().equals(status)).count();
  }

  private static String json(List<Entry> entries) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode audit = root.putObject("audit");
    audit.put("software", "warrantlab " + SoftwareVersion.current().version());
    audit.put("revision", SoftwareVersion.current().revision());
    ArrayNode files = root.putArray("files");
    for (Entry entry : entries) {
      ObjectNode file = files.addObject();
      file.put("file", entry.file());
      file.put("status", entry.outcome().status());
      entry.outcome().valuation().ifPresent(v -> {
        file.put("totalFairValue", v.total().value());
        file.put("standardError", v.total().standardError());
      });
      entry.outcome().audit().ifPresent(trail -> {
        file.put("inputSha256", trail.inputSha256());
        file.put("seed", trail.seed());
        file.put("paths", trail.paths());
        file.put("method", trail.method());
      });
      if (!entry.outcome().note().isEmpty()) {
        file.put("note", entry.outcome().note());
      }
    }
    root.put("failed", failures(entries));
    try {
      return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("the summary could not be written as JSON", e);
    }
  }

  private static String csv(List<Entry> entries) {
    StringBuilder out = new StringBuilder("file,status,total_fair_value,standard_error,note,software,revision,"
        + "input_sha256,seed,paths,method").append('\n');
    String software = quoted("warrantlab " + SoftwareVersion.current().version()) + ","
        + quoted(SoftwareVersion.current().revision());
    for (Entry entry : entries) {
      BatchOutcome outcome = entry.outcome();
      String figures = outcome.valuation().map(v -> v.total().value() + "," + v.total().standardError()).orElse(",");
      out.append(quoted(entry.file())).append(',').append(outcome.status()).append(',').append(figures).append(',')
          .append(outcome.note().isEmpty() ? "" : quoted(outcome.note())).append(',').append(software).append(',')
          .append(outcome.audit().map(BatchSummary::csvTrail).orElse(",,,")).append('\n');
    }
    return out.toString();
  }

  private static String csvTrail(AuditTrail audit) {
    return audit.inputSha256() + "," + audit.seed() + "," + audit.paths() + "," + audit.method();
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\"", "\"\"") + "\"";
  }
}
