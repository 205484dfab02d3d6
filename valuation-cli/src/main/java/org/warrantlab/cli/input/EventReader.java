package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Supplier;
import org.warrantlab.accounting.Amendment;
import org.warrantlab.accounting.AntiDilutionAdjustment;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.Exercise;
import org.warrantlab.accounting.Expiration;
import org.warrantlab.accounting.Issuance;
import org.warrantlab.accounting.IssueCalibration;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.TermsChange;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.market.MarketData;

/**
 * Reads one entry of a period's {@code events}. Events measured on their date carry that date's
 * {@code market}; their {@code financings} default to the assumptions of the period's reporting date.
 */
final class EventReader {

  /** The event types of the input contract. */
  enum EventType {
    ISSUANCE, EXERCISE, EXPIRATION, AMENDMENT, ANTI_DILUTION_ADJUSTMENT;

    boolean measured() {
      return this == ISSUANCE || this == EXERCISE || this == AMENDMENT;
    }

    boolean changesTerms() {
      return this == AMENDMENT || this == ANTI_DILUTION_ADJUSTMENT;
    }
  }

  private EventReader() {
  }

  static BookEvent read(JsonObjectReader event, List<Financing> periodFinancings) {
    EventType type = event.enumValue("type", EventType.class);
    String tranche = event.text("tranche");
    LocalDate date = event.date("date");
    if (type == null) {
      throw event.abandon();
    }
    long count = type == EventType.EXERCISE ? event.wholeNumber("count") : 0;
    double spot = type == EventType.EXPIRATION ? event.number("spot") : Double.NaN;
    Supplier<TermsChange> change = type.changesTerms() ? termsChange(event) : null;
    Supplier<MeasurementInputs> inputs = type.measured() ? measurement(event, date, periodFinancings) : null;
    Optional<IssueCalibration> calibration = type == EventType.ISSUANCE
        ? event.optionalObject("calibration", IssueCalibrationReader::read) : Optional.empty();
    return event.build(() -> switch (type) {
      case ISSUANCE -> new Issuance(tranche, inputs.get(), calibration);
      case EXERCISE -> new Exercise(tranche, count, inputs.get());
      case EXPIRATION -> new Expiration(tranche, date, spot);
      case AMENDMENT -> new Amendment(tranche, change.get(), inputs.get());
      case ANTI_DILUTION_ADJUSTMENT -> new AntiDilutionAdjustment(tranche, date, change.get());
    });
  }

  /** The event's market and financings, made when the event is built. */
  private static Supplier<MeasurementInputs> measurement(JsonObjectReader event, LocalDate date,
      List<Financing> periodFinancings) {
    Optional<MarketData> market = event.object("market", object -> MarketReader.read(object, date));
    List<Financing> financings = event.has("financings") ? FinancingReader.read(event, date) : periodFinancings;
    return () -> new MeasurementInputs(market.orElseThrow(), financings);
  }

  private static Supplier<TermsChange> termsChange(JsonObjectReader event) {
    OptionalDouble exercisePrice = optional(event.optionalNumber("exercisePrice"));
    OptionalDouble sharesPerWarrant = optional(event.optionalNumber("sharesPerWarrant"));
    Optional<LocalDate> expiryDate = event.optionalDate("expiryDate");
    Optional<AntiDilution> antiDilution = ClauseReader.optionalAntiDilution(event);
    return () -> new TermsChange(exercisePrice, sharesPerWarrant, expiryDate, antiDilution);
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
