package org.warrantlab.cli.workbook;

import java.util.List;
import java.util.Locale;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ReportingEntity;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * The Summary sheet of every workbook: a caption and a value per row (the figures as formulas on the other
 * sheets), then the method and the audit trail; the run's clock time is its only cell that changes between runs.
 */
final class SummarySheet {

  static final String NAME = "Summary";

  private static final int VALUE = 1;

  private final SheetBuilder sheet;

  SummarySheet(SheetBuilder sheet, String title, ReportingEntity entity) {
    this.sheet = sheet;
    sheet.title(title);
    sheet.skip();
    text("Entity", entity.name().orElse("not stated"));
    text("Currency", entity.currency().orElse("not stated: the share price's currency"));
  }

  void text(String caption, String value) {
    sheet.row();
    sheet.label(0, caption);
    sheet.text(VALUE, value);
  }

  void number(String caption, double value, Number format) {
    sheet.row();
    sheet.label(0, caption);
    sheet.number(VALUE, value, format);
  }

  /** A figure computed on another sheet: {@code formula} refers to it; {@code value} is what it computes. */
  void formula(String caption, String formula, Number format, double value) {
    sheet.row();
    sheet.label(0, caption);
    sheet.formula(VALUE, formula, format, value);
  }

  /** The sampling and the audit trail, the clock time last. */
  void method(SimulationSettings settings, AuditTrail audit) {
    sheet.skip();
    text("Method", String.format(Locale.US, "Monte Carlo, %s%s%s", settings.sampling().quasiRandom()
        ? "randomised Sobol (" + settings.sampling().randomisations() + " shifts)" : "pseudo-random",
        settings.antitheticPairs() ? ", antithetic pairs" : "", settings.controlVariate() ? ", control variate" : ""));
    number("Paths", audit.paths(), Number.COUNT);
    number("Seed", audit.seed(), Number.INTEGER);
    sheet.skip();
    text("Software", "warrantlab " + audit.software().version());
    text("Source revision", audit.software().revision());
    text("Input file", audit.input());
    text("Input SHA-256", audit.inputSha256());
    text("Run at", audit.clockTime());
  }

  void notes(List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    sheet.skip();
    sheet.row();
    sheet.label(0, "Notes");
    for (String note : notes) {
      sheet.row();
      sheet.paragraph(VALUE, note, 80);
    }
  }

  void finish() {
    sheet.finish(0, VALUE);
  }
}
