package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.warrantlab.accounting.Amendment;
import org.warrantlab.accounting.AntiDilutionAdjustment;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.Exercise;
import org.warrantlab.accounting.Expiration;
import org.warrantlab.accounting.Issuance;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.TermsChange;
import org.warrantlab.event.Financing;

/**
 * Reads one entry of a period's {@code events}. Events measured on their date carry that date's
 * {@code market}; their {@code financings} default to the assumptions of the period's reporting date.
 */
final class EventReader {

  /** The event types of the input contract. */
  enum EventType {
    ISSUANCE, EXERCISE, EXPIRATION, AMENDMENT, ANTI_DILUTION_ADJUSTMENT
  }

  private EventReader() {
  }

  static BookEvent read(JsonObjectReader event, List<Financing> periodFinancings) {
    EventType type = event.enumValue("type", EventType.class);
    String tranche = event.text("tranche");
    LocalDate date = event.date("date");
    return event.build(() -> switch (type) {
      case ISSUANCE -> new Issuance(tranche, measurement(event, date, periodFinancings));
      case EXERCISE -> new Exercise(tranche, event.wholeNumber("count"), measurement(event, date, periodFinancings));
      case EXPIRATION -> new Expiration(tranche, date, event.number("spot"));
      case AMENDMENT -> new Amendment(tranche, termsChange(event), measurement(event, date, periodFinancings));
      case ANTI_DILUTION_ADJUSTMENT -> new AntiDilutionAdjustment(tranche, date, termsChange(event));
    });
  }

  private static MeasurementInputs measurement(JsonObjectReader event, LocalDate date,
      List<Financing> periodFinancings) {
    JsonObjectReader market = event.object("market");
    List<Financing> financings = event.has("financings") ? FinancingReader.read(event, date) : periodFinancings;
    return new MeasurementInputs(MarketReader.read(market, date), financings);
  }

  private static TermsChange termsChange(JsonObjectReader event) {
    return new TermsChange(
        optional(event.optionalNumber("exercisePrice")),
        optional(event.optionalNumber("sharesPerWarrant")),
        event.optionalDate("expiryDate"),
        ClauseReader.optionalAntiDilution(event));
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
