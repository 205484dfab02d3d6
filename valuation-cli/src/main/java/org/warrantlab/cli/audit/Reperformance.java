package org.warrantlab.cli.audit;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.warrantlab.accounting.Amendment;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.Exercise;
import org.warrantlab.accounting.Issuance;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.RecordedEvent;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.TrancheMeasurement;
import org.warrantlab.cli.input.InputDocuments;
import org.warrantlab.cli.input.RollForwardInput;
import org.warrantlab.instrument.Warrant;

/**
 * The {@code value} inputs that re-perform a roll-forward's figures one by one: the book on each reporting date
 * and the book outstanding on each measured event's date, with the same settings and seed, so that
 * {@code warrantlab value FILE} prints the figure booked. Expirations (intrinsic value) and anti-dilution
 * adjustments (terms only) are not measured and have none.
 */
public final class Reperformance {

  /**
   * One measurement and the input that re-performs it.
   *
   * @param file the input's file name
   * @param figure what {@code warrantlab value} on it gives, in words, and how the booked amount follows
   * @param input the {@code value} input
   */
  public record Measurement(String file, String figure, ObjectNode input) {

    public byte[] bytes() {
      return InputDocuments.text(input).getBytes(StandardCharsets.UTF_8);
    }
  }

  private Reperformance() {
  }

  /** Every measurement of {@code result}, in the order the roll-forward made them; {@code trail} names its input. */
  public static List<Measurement> of(RollForwardInput input, LiabilityRollForward result, AuditTrail trail) {
    Builder builder = new Builder(input, result, trail);
    List<ReportingDateMeasurement> measurements = result.measurements();
    builder.reportingDate(measurements.get(0), "opening");
    int event = 0;
    for (int p = 0; p < result.plan().periods().size(); p++) {
      for (int e = 0; e < result.plan().periods().get(p).events().size(); e++) {
        builder.event(result.events().get(event++));
      }
      builder.reportingDate(measurements.get(p + 1), "closing");
    }
    return builder.measurements;
  }

  /** The files to write into {@code directory}: name to bytes. */
  public static Map<Path, byte[]> files(Path directory, List<Measurement> measurements) {
    Map<Path, byte[]> files = new LinkedHashMap<>();
    measurements.forEach(measurement -> files.put(directory.resolve(measurement.file()), measurement.bytes()));
    return files;
  }

  private static final class Builder {

    private final RollForwardInput input;
    private final LiabilityRollForward result;
    private final AuditTrail trail;
    private final List<Measurement> measurements = new ArrayList<>();
    private final Set<String> names = new HashSet<>();

    Builder(RollForwardInput input, LiabilityRollForward result, AuditTrail trail) {
      this.input = input;
      this.result = result;
      this.trail = trail;
    }

    void reportingDate(ReportingDateMeasurement measurement, String kind) {
      if (measurement.tranches().isEmpty()) {
        return;
      }
      List<Warrant> book = measurement.tranches().stream().map(t -> t.valuation().warrant().warrant()).toList();
      String figure = String.format(Locale.US, "the %s liability on %s, %s: each tranche's fair value, rounded to"
          + " the cent (%s)", kind, measurement.date(), money(measurement.totalFairValue()),
          String.join(", ", measurement.tranches().stream()
              .map(t -> t.trancheId() + " " + money(t.fairValue())).toList()));
      add(measurement.date() + "-" + kind, figure, measurement.inputs(), book);
      for (TrancheMeasurement tranche : measurement.tranches()) {
        result.calibrationOf(tranche.trancheId()).ifPresent(carried -> add(measurement.date() + "-" + kind + "-"
            + tranche.trancheId() + "-calibrated", String.format(Locale.US, "the fair value of %s on %s on its"
            + " carried %s, %s (the closing file above gives it on the date's own inputs)", tranche.trancheId(),
            measurement.date(), carried.terms().name(), money(tranche.fairValue())),
            result.inputsOf(tranche.trancheId(), measurement.inputs()), book));
      }
    }

    void event(RecordedEvent recorded) {
      BookEvent event = recorded.event();
      String stem = event.date() + "-" + event.getClass().getSimpleName().toLowerCase(Locale.ROOT) + "-"
          + event.trancheId();
      if (event instanceof Issuance issuance) {
        add(stem, String.format(Locale.US, "the issuance of %s on %s: its fair value in the book outstanding that"
            + " day, %s", event.trancheId(), event.date(), money(recorded.amount())),
            result.inputsOf(event.trancheId(), issuance.inputs()),
            recorded.bookAfter());
      } else if (event instanceof Exercise exercise) {
        add(stem, String.format(Locale.US, "the exercise of %,d warrants of %s on %s: the fair value per warrant"
            + " in the book outstanding that day (of all %,d outstanding) times %,d, %s", exercise.count(), event.trancheId(), event.date(),
            recorded.termsBefore().orElseThrow().count(), exercise.count(), money(recorded.amount().negate())),
            result.inputsOf(event.trancheId(), exercise.inputs()), recorded.bookBefore());
      } else if (event instanceof Amendment amendment) {
        String increment = money(recorded.amount());
        add(stem + "-before", String.format(Locale.US, "the amendment of %s on %s, old terms: fair value before;"
            + " the increment booked, %s, is the fair value after less this", event.trancheId(), event.date(),
            increment), result.inputsOf(event.trancheId(), amendment.inputs()), recorded.bookBefore());
        add(stem + "-after", String.format(Locale.US, "the amendment of %s on %s, new terms: fair value after;"
            + " less the fair value before, the increment booked, %s", event.trancheId(), event.date(), increment),
            result.inputsOf(event.trancheId(), amendment.inputs()), recorded.bookAfter());
      }
    }

    private void add(String stem, String figure, MeasurementInputs inputs, List<Warrant> book) {
      String name = stem;
      for (int n = 2; !names.add(name); n++) {
        name = stem + "-" + n;
      }
      List<String> notes = new ArrayList<>();
      notes.add("Re-performs " + figure + ", in the roll-forward of " + trail.input() + " (SHA-256 "
          + trail.inputSha256() + ").");
      notes.addAll(input.notes());
      ObjectNode document = InputDocuments.valueInput(input.entity(), notes, inputs.market(), book,
          inputs.financings(), result.plan().settings());
      measurements.add(new Measurement(name + ".json", figure, document));
    }

    private static String money(BigDecimal amount) {
      return String.format(Locale.US, "%,.2f", amount);
    }
  }
}
