package org.warrantlab.instrument;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.RiskFreeRate;

class ResolvedWarrantTest {

  private static final LocalDate VALUATION = LocalDate.of(2009, 9, 30);
  private static final MarketData MARKET =
      new MarketData(VALUATION, 1.32, 0.8, RiskFreeRate.continuous(0.024), 0.0, 196_109_428);

  private static Warrant warrant(LocalDate expiry, ExerciseStyle style) {
    return new Warrant("w", 6_445_698, 1, 1.92, LocalDate.of(2008, 9, 23), expiry, style, Dilution.NONE);
  }

  @Test
  void anExpiredWarrantIsRejectedWithItsDates() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ResolvedWarrant.resolve(warrant(LocalDate.of(2009, 9, 29), ExerciseStyle.EUROPEAN), MARKET));
    assertEquals("expiryDate", e.field());
    assertTrue(e.problem().contains("2009-09-29") && e.problem().contains("expired"), e.problem());
  }

  @Test
  void aTermOfCenturiesIsRefusedAsAMistypedYear() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> ResolvedWarrant.resolve(warrant(LocalDate.of(3028, 6, 30), ExerciseStyle.AMERICAN), MARKET));
    assertEquals("expiryDate", e.field());
    assertEquals("(3028-06-30) is 1019 years after the valuation date (2009-09-30); a term over 100 years is"
        + " refused as implausible: check the year", e.problem());
    ResolvedWarrant century = ResolvedWarrant.resolve(warrant(LocalDate.of(2109, 9, 1), ExerciseStyle.EUROPEAN), MARKET);
    assertTrue(century.timeToExpiry() < ResolvedWarrant.MAX_TERM_YEARS);
  }

  @Test
  void expiryBeforeIssueIsRejected() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new Warrant("w", 1, 1, 1, VALUATION, VALUATION.minusDays(1), ExerciseStyle.EUROPEAN, Dilution.NONE));
    assertEquals("expiryDate", e.field());
  }

  @Test
  void timeToExpiryIsAct365Fixed() {
    ResolvedWarrant resolved = ResolvedWarrant.resolve(warrant(LocalDate.of(2013, 9, 23), ExerciseStyle.EUROPEAN), MARKET);
    assertEquals(1454 / 365.0, resolved.timeToExpiry(), 1e-15);
    assertEquals(1.0, resolved.dilutionFactor(), 0.0);
  }

  @Test
  void aBermudanWarrantNeedsExerciseDates() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> warrant(LocalDate.of(2013, 9, 23), ExerciseStyle.BERMUDAN));
    assertEquals("exerciseDates", e.field());
  }

  @Test
  void exerciseDatesMustBeInOrderWithinTheWarrantsLife() {
    Warrant plain = warrant(LocalDate.of(2013, 9, 23), ExerciseStyle.EUROPEAN);
    InvalidValueException late = assertThrows(InvalidValueException.class, () -> bermudan(plain,
        List.of(LocalDate.of(2010, 9, 23), LocalDate.of(2014, 1, 2))));
    assertEquals("exerciseDates[1]", late.field());
    InvalidValueException unordered = assertThrows(InvalidValueException.class, () -> bermudan(plain,
        List.of(LocalDate.of(2011, 9, 23), LocalDate.of(2010, 9, 23))));
    assertEquals("exerciseDates[1]", unordered.field());
    assertEquals(2, bermudan(plain, List.of(LocalDate.of(2010, 9, 23), LocalDate.of(2011, 9, 23)))
        .exerciseDates().size());
  }

  @Test
  void onlyABermudanWarrantListsExerciseDates() {
    Warrant plain = warrant(LocalDate.of(2013, 9, 23), ExerciseStyle.AMERICAN);
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> new Warrant(plain.id(), plain.count(), 1, 1.92, plain.issueDate(), plain.expiryDate(),
            ExerciseStyle.AMERICAN, Dilution.NONE, NoAntiDilution.INSTANCE, List.of(),
            List.of(LocalDate.of(2010, 9, 23))));
    assertEquals("exerciseDates", e.field());
  }

  private static Warrant bermudan(Warrant plain, List<LocalDate> dates) {
    return new Warrant(plain.id(), plain.count(), 1, 1.92, plain.issueDate(), plain.expiryDate(),
        ExerciseStyle.BERMUDAN, Dilution.NONE, NoAntiDilution.INSTANCE, List.of(), dates);
  }
}
