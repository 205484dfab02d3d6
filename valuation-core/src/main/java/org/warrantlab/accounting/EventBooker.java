package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.result.Estimate;

/**
 * Measures each event on its date in the book outstanding that day, as a reporting-date measurement would
 * value its tranche, and applies it to the outstanding book.
 */
final class EventBooker {

  private final Measurer measurer;
  private final IssueCalibrator calibrator;

  EventBooker(Measurer measurer) {
    this.measurer = measurer;
    this.calibrator = new IssueCalibrator(measurer);
  }

  /** Books {@code event}, found at {@code location} in the plan, and updates {@code book}. */
  RecordedEvent book(BookEvent event, OutstandingBook book, Location location) {
    if (event instanceof Issuance issuance) {
      return issue(issuance, book, location);
    } else if (event instanceof Exercise exercise) {
      return exercise(exercise, book, location);
    } else if (event instanceof Expiration expiration) {
      return expire(expiration, book, location);
    } else if (event instanceof Amendment amendment) {
      return amend(amendment, book, location);
    } else if (event instanceof AntiDilutionAdjustment adjustment) {
      return adjust(adjustment, book, location);
    }
    throw new IllegalStateException("unknown event " + event);
  }

  private RecordedEvent issue(Issuance issuance, OutstandingBook book, Location location) {
    Warrant tranche = book.planned(issuance.trancheId());
    if (book.wasIssued(tranche.id())) {
      throw new InvalidValueException(location.field("tranche"), "\"" + tranche.id() + "\" is already issued"
          + " (tranches issued on or before the opening date are in the opening balance)");
    }
    if (!issuance.date().equals(tranche.issueDate())) {
      throw new InvalidValueException(location.field("date"), "(" + issuance.date() + ") must be the tranche's"
          + " issueDate (" + tranche.issueDate() + ")");
    }
    book.issue(tranche.id());
    issuance.calibration().ifPresent(terms -> measurer.carry(calibrator.calibrate(issuance, terms,
        book.bookOfEvent(tranche.id(), issuance.date()), location)));
    Measured issued = measure(book, tranche.id(), issuance.inputs(), location);
    return new RecordedEvent(issuance, tranche.count(), Optional.empty(), Optional.of(tranche), Optional.empty(),
        Optional.of(issued.value().perWarrant()), TrancheMeasurement.of(issued.value()).fairValue(), List.of(),
        issued.book());
  }

  private RecordedEvent exercise(Exercise exercise, OutstandingBook book, Location location) {
    Warrant tranche = outstanding(exercise, book, location);
    if (exercise.count() > tranche.count()) {
      throw new InvalidValueException(location.field("count"), "(" + exercise.count() + ") exceeds the "
          + tranche.count() + " warrants of \"" + tranche.id() + "\" outstanding on " + exercise.date());
    }
    Measured exercised = measure(book, tranche.id(), exercise.inputs(), location);
    Estimate perWarrant = exercised.value().perWarrant();
    long remaining = tranche.count() - exercise.count();
    Optional<Warrant> after = remaining == 0 ? Optional.empty() : Optional.of(tranche.withCount(remaining));
    after.ifPresentOrElse(book::put, () -> book.remove(tranche.id()));
    BigDecimal amount = Money.ofDollars(exercise.count() * perWarrant.value()).negate();
    return new RecordedEvent(exercise, exercise.count(), Optional.of(tranche), after, Optional.of(perWarrant),
        Optional.empty(), amount, exercised.book(), List.of());
  }

  private RecordedEvent expire(Expiration expiration, OutstandingBook book, Location location) {
    Warrant tranche = outstanding(expiration, book, location);
    if (!expiration.date().equals(tranche.expiryDate())) {
      throw new InvalidValueException(location.field("date"), "(" + expiration.date() + ") must be the expiryDate of \""
          + tranche.id() + "\" (" + tranche.expiryDate() + ")");
    }
    double intrinsic = tranche.sharesPerWarrant() * Math.max(expiration.spot() - tranche.exercisePrice(), 0.0);
    book.remove(tranche.id());
    return new RecordedEvent(expiration, tranche.count(), Optional.of(tranche), Optional.empty(),
        Optional.of(Estimate.exact(intrinsic)), Optional.empty(),
        Money.ofDollars(tranche.count() * intrinsic).negate(), List.of(), List.of());
  }

  private RecordedEvent amend(Amendment amendment, OutstandingBook book, Location location) {
    Warrant before = outstanding(amendment, book, location);
    Warrant after = amendedTerms(before, amendment.change(), location);
    Measured valueBefore = measure(book, before.id(), amendment.inputs(), location);
    book.put(after);
    Measured valueAfter = measure(book, after.id(), amendment.inputs(), location);
    BigDecimal increment = TrancheMeasurement.of(valueAfter.value()).fairValue()
        .subtract(TrancheMeasurement.of(valueBefore.value()).fairValue());
    return new RecordedEvent(amendment, before.count(), Optional.of(before), Optional.of(after),
        Optional.of(valueBefore.value().perWarrant()), Optional.of(valueAfter.value().perWarrant()), increment,
        valueBefore.book(), valueAfter.book());
  }

  private RecordedEvent adjust(AntiDilutionAdjustment adjustment, OutstandingBook book, Location location) {
    Warrant before = outstanding(adjustment, book, location);
    Warrant after = amendedTerms(before, adjustment.change(), location);
    book.put(after);
    return new RecordedEvent(adjustment, before.count(), Optional.of(before), Optional.of(after), Optional.empty(),
        Optional.empty(), Money.zero(), List.of(), List.of());
  }

  /** A tranche's valuation and the book it was measured in. */
  private record Measured(List<Warrant> book, TrancheValuation value) {
  }

  /** Tranche {@code trancheId} measured on the inputs' date in the book outstanding then. */
  private Measured measure(OutstandingBook book, String trancheId, MeasurementInputs inputs, Location location) {
    List<Warrant> outstanding = book.bookOfEvent(trancheId, inputs.date());
    return new Measured(outstanding, measurer.inBook(outstanding, trancheId, inputs, location));
  }

  private static Warrant outstanding(BookEvent event, OutstandingBook book, Location location) {
    return book.get(event.trancheId()).orElseThrow(() -> new InvalidValueException(location.field("tranche"),
        "\"" + event.trancheId() + "\" has no warrants outstanding on " + event.date()
            + (book.wasIssued(event.trancheId()) ? "" : " (it is not yet issued)")));
  }

  private static Warrant amendedTerms(Warrant before, TermsChange change, Location location) {
    try {
      return change.applyTo(before);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(location.then(e.location()), e.problem());
    }
  }
}
