package org.warrantlab.instrument;

import java.time.LocalDate;
import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * One tranche of warrants as its contract states it.
 *
 * @param id the tranche's name
 * @param count number of warrants outstanding
 * @param sharesPerWarrant shares received on exercising one warrant
 * @param exercisePrice price paid per share on exercise
 * @param issueDate date the tranche was issued
 * @param expiryDate last date the warrants can be exercised
 * @param exerciseStyle European, American or Bermudan
 * @param dilution whether exercise dilutes the share price
 * @param antiDilution the down-round clause
 * @param scheduledResets one-off resets or amendments on fixed dates, in date order
 * @param exerciseDates the dates a Bermudan warrant may be exercised besides its expiry date, in date
 *     order; empty for the other styles
 * @param redemptions the issuer's redemption rights, each from a date within the tranche's life
 */
public record Warrant(
    String id,
    long count,
    double sharesPerWarrant,
    double exercisePrice,
    LocalDate issueDate,
    LocalDate expiryDate,
    ExerciseStyle exerciseStyle,
    Dilution dilution,
    AntiDilution antiDilution,
    List<ScheduledReset> scheduledResets,
    List<LocalDate> exerciseDates,
    List<Redemption> redemptions) {

  public Warrant {
    Checks.notNull(id, "id");
    Checks.positive(count, "count");
    Checks.positive(sharesPerWarrant, "sharesPerWarrant");
    Checks.positive(exercisePrice, "exercisePrice");
    Checks.notNull(issueDate, "issueDate");
    Checks.notBefore(expiryDate, "expiryDate", issueDate, "issueDate");
    Checks.notNull(exerciseStyle, "exerciseStyle");
    Checks.notNull(dilution, "dilution");
    Checks.notNull(antiDilution, "antiDilution");
    scheduledResets = List.copyOf(Checks.notNull(scheduledResets, "scheduledResets"));
    for (int i = 0; i < scheduledResets.size(); i++) {
      LocalDate date = scheduledResets.get(i).date();
      if (i > 0 && !date.isAfter(scheduledResets.get(i - 1).date())) {
        throw new InvalidValueException("scheduledResets[" + i + "].date", "(" + date
            + ") must be after the previous scheduled reset's date");
      }
      if (date.isAfter(expiryDate)) {
        throw new InvalidValueException("scheduledResets[" + i + "].date", "(" + date
            + ") must not be after expiryDate (" + expiryDate + ")");
      }
    }
    exerciseDates = List.copyOf(Checks.notNull(exerciseDates, "exerciseDates"));
    checkExerciseDates(exerciseStyle, exerciseDates, issueDate, expiryDate);
    redemptions = List.copyOf(Checks.notNull(redemptions, "redemptions"));
    for (int i = 0; i < redemptions.size(); i++) {
      LocalDate from = Checks.notNull(redemptions.get(i), "redemption[" + i + "]").from();
      if (from.isBefore(issueDate) || !from.isBefore(expiryDate)) {
        throw new InvalidValueException("redemption[" + i + "].from", "(" + from + ") must be in the tranche's life,"
            + " from issueDate (" + issueDate + ") to before expiryDate (" + expiryDate + ")");
      }
    }
  }

  /** A tranche the issuer cannot redeem. */
  public Warrant(String id, long count, double sharesPerWarrant, double exercisePrice, LocalDate issueDate,
      LocalDate expiryDate, ExerciseStyle exerciseStyle, Dilution dilution, AntiDilution antiDilution,
      List<ScheduledReset> scheduledResets, List<LocalDate> exerciseDates) {
    this(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle, dilution, antiDilution,
        scheduledResets, exerciseDates, List.of());
  }

  /** A warrant exercisable at expiry or on any day (not Bermudan). */
  public Warrant(String id, long count, double sharesPerWarrant, double exercisePrice, LocalDate issueDate,
      LocalDate expiryDate, ExerciseStyle exerciseStyle, Dilution dilution, AntiDilution antiDilution,
      List<ScheduledReset> scheduledResets) {
    this(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle, dilution, antiDilution,
        scheduledResets, List.of());
  }

  /** A warrant with no anti-dilution protection and no scheduled resets. */
  public Warrant(String id, long count, double sharesPerWarrant, double exercisePrice, LocalDate issueDate,
      LocalDate expiryDate, ExerciseStyle exerciseStyle, Dilution dilution) {
    this(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle, dilution,
        NoAntiDilution.INSTANCE, List.of());
  }

  private static void checkExerciseDates(ExerciseStyle style, List<LocalDate> dates, LocalDate issueDate,
      LocalDate expiryDate) {
    if (style != ExerciseStyle.BERMUDAN) {
      if (!dates.isEmpty()) {
        throw new InvalidValueException("exerciseDates", "are only for a BERMUDAN warrant, not " + style);
      }
      return;
    }
    if (dates.isEmpty()) {
      throw new InvalidValueException("exerciseDates", "are required for a BERMUDAN warrant: list at least one date"
          + " before expiryDate");
    }
    for (int i = 0; i < dates.size(); i++) {
      LocalDate date = Checks.notNull(dates.get(i), "exerciseDates[" + i + "]");
      if (i > 0 && !date.isAfter(dates.get(i - 1))) {
        throw new InvalidValueException("exerciseDates[" + i + "]", "(" + date + ") must be after the previous date");
      }
      if (date.isBefore(issueDate) || date.isAfter(expiryDate)) {
        throw new InvalidValueException("exerciseDates[" + i + "]", "(" + date + ") must be between issueDate ("
            + issueDate + ") and expiryDate (" + expiryDate + ")");
      }
    }
  }

  /** Whether the holder may exercise before expiry. */
  public boolean exercisableEarly() {
    return exerciseStyle != ExerciseStyle.EUROPEAN;
  }

  /** Whether the terms can change along a path: a protective clause or a scheduled reset. */
  public boolean hasResets() {
    return antiDilution.protects() || !scheduledResets.isEmpty();
  }

  /** The same tranche with {@code newCount} warrants outstanding, as after a partial exercise. */
  public Warrant withCount(long newCount) {
    return new Warrant(id, newCount, sharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle,
        dilution, antiDilution, scheduledResets, exerciseDates, redemptions);
  }

  public Warrant withSharesPerWarrant(double newSharesPerWarrant) {
    return new Warrant(id, count, newSharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle,
        dilution, antiDilution, scheduledResets, exerciseDates, redemptions);
  }

  public Warrant withExercisePrice(double newExercisePrice) {
    return new Warrant(id, count, sharesPerWarrant, newExercisePrice, issueDate, expiryDate, exerciseStyle,
        dilution, antiDilution, scheduledResets, exerciseDates, redemptions);
  }

  public Warrant withIssueDate(LocalDate newIssueDate) {
    return new Warrant(id, count, sharesPerWarrant, exercisePrice, newIssueDate, expiryDate, exerciseStyle,
        dilution, antiDilution, scheduledResets, exerciseDates, redemptions);
  }

  public Warrant withExpiryDate(LocalDate newExpiryDate) {
    return new Warrant(id, count, sharesPerWarrant, exercisePrice, issueDate, newExpiryDate, exerciseStyle,
        dilution, antiDilution, scheduledResets, exerciseDates, redemptions);
  }

  public Warrant withAntiDilution(AntiDilution newClause) {
    return new Warrant(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle,
        dilution, newClause, scheduledResets, exerciseDates, redemptions);
  }

  public Warrant withScheduledResets(List<ScheduledReset> newResets) {
    return new Warrant(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle,
        dilution, antiDilution, newResets, exerciseDates, redemptions);
  }

  public Warrant withRedemptions(List<Redemption> newRedemptions) {
    return new Warrant(id, count, sharesPerWarrant, exercisePrice, issueDate, expiryDate, exerciseStyle,
        dilution, antiDilution, scheduledResets, exerciseDates, newRedemptions);
  }

  /** Whether the issuer may redeem the tranche. */
  public boolean redeemable() {
    return !redemptions.isEmpty();
  }

  /** Shares the whole tranche would issue if exercised on its current terms. */
  public double sharesOnExercise() {
    return count * sharesPerWarrant;
  }
}
