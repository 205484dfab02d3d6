package org.warrantlab.accounting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.warrantlab.accounting.Plans.APRIL;
import static org.warrantlab.accounting.Plans.OPENING;
import static org.warrantlab.accounting.Plans.QUARTER_ENDS;
import static org.warrantlab.accounting.Plans.inputs;
import static org.warrantlab.accounting.Plans.plain;
import static org.warrantlab.accounting.Plans.ratchet;
import static org.warrantlab.accounting.Plans.withDownRound;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * The roll-forward's identities on random books with random events: each tranche's line foots, the
 * totals are the sums of the tranches, each closing balance is the next opening, and each year to date
 * is the chain of its periods, its change exactly the sum of theirs.
 */
class RollForwardFootingTest {

  private static final SimulationSettings FAST = new SimulationSettings(2_000, 7, true, true, 1);

  @RepeatedTest(12)
  void theRollForwardFootsOnRandomBooks(RepetitionInfo repetition) {
    SplittableRandom random = new SplittableRandom(repetition.getCurrentRepetition());
    List<Warrant> tranches = randomTranches(random);
    RollForwardPlan plan = new RollForwardPlan(tranches, inputs(OPENING, spot(random)), randomPeriods(random, tranches),
        APRIL, FAST);
    LiabilityRollForward result = RollForwardCalculator.DEFAULT.run(plan);

    BigDecimal previousClosing = result.measurements().get(0).totalFairValue();
    for (int p = 0; p < result.periods().size(); p++) {
      PeriodRollForward period = result.periods().get(p);
      RollForwardLine total = period.total();
      assertEquals(0, total.opening().compareTo(previousClosing), "closing of one period opens the next");
      assertEquals(0, total.closing().compareTo(result.measurements().get(p + 1).totalFairValue()));
      assertFoots(total);
      period.tranches().forEach(line -> assertFoots(line.line()));
      assertEquals(total.changeInFairValue(), period.earnings().changeInFairValue());
      previousClosing = total.closing();
    }
    assertYearToDateChainsItsPeriods(result);
  }

  private static void assertFoots(RollForwardLine line) {
    BigDecimal sum = line.opening().add(line.issuances()).add(line.exercises()).add(line.expirations())
        .add(line.modifications()).add(line.changeInFairValue());
    assertEquals(0, sum.compareTo(line.closing()), line.toString());
  }

  private static void assertYearToDateChainsItsPeriods(LiabilityRollForward result) {
    FiscalCalendar calendar = result.plan().calendar();
    for (int k = 0; k < result.periods().size(); k++) {
      LocalDate yearStart = calendar.yearStartOf(result.periods().get(k).end());
      BigDecimal change = BigDecimal.ZERO;
      BigDecimal exercises = BigDecimal.ZERO;
      PeriodRollForward first = null;
      for (PeriodRollForward period : result.periods().subList(0, k + 1)) {
        if (calendar.yearStartOf(period.end()).equals(yearStart)) {
          first = first == null ? period : first;
          change = change.add(period.total().changeInFairValue());
          exercises = exercises.add(period.total().exercises());
        }
      }
      RollForwardLine yearToDate = result.yearToDate().get(k).total();
      assertEquals(0, change.compareTo(yearToDate.changeInFairValue()), "year to date = sum of its quarters");
      assertEquals(0, exercises.compareTo(yearToDate.exercises()));
      assertEquals(first.total().opening(), yearToDate.opening());
      assertEquals(result.periods().get(k).total().closing(), yearToDate.closing());
      assertFoots(yearToDate);
    }
  }

  private static double spot(SplittableRandom random) {
    return 0.5 + random.nextDouble() * 1.5;
  }

  private static List<Warrant> randomTranches(SplittableRandom random) {
    List<Warrant> tranches = new ArrayList<>();
    int count = 1 + random.nextInt(4);
    for (int i = 0; i < count; i++) {
      boolean issuedLater = i > 0 && random.nextBoolean();
      LocalDate issued = issuedLater ? LocalDate.of(2009, 4, 1).plusDays(random.nextInt(400))
          : LocalDate.of(2007, 1, 1).plusDays(random.nextInt(700));
      LocalDate expiry = LocalDate.of(2011, 1, 1).plusDays(random.nextInt(1500));
      long warrants = 1_000_000 + random.nextInt(20_000_000);
      double exercisePrice = 0.5 + random.nextDouble() * 1.5;
      tranches.add(random.nextBoolean() ? plain("T" + i, warrants, exercisePrice, issued, expiry)
          : ratchet("T" + i, warrants, exercisePrice, issued, expiry));
    }
    return tranches;
  }

  /** Five quarters; each tranche issued in its quarter, then exercised in pieces or amended at random. */
  private static List<ReportingPeriod> randomPeriods(SplittableRandom random, List<Warrant> tranches) {
    Map<String, Long> outstanding = new HashMap<>();
    tranches.stream().filter(t -> !t.issueDate().isAfter(OPENING)).forEach(t -> outstanding.put(t.id(), t.count()));
    List<ReportingPeriod> periods = new ArrayList<>();
    LocalDate start = OPENING;
    for (LocalDate end : QUARTER_ENDS) {
      List<BookEvent> events = new ArrayList<>();
      LocalDate day = start.plusDays(1 + random.nextInt(20));
      for (Warrant tranche : tranches) {
        if (tranche.issueDate().isAfter(start) && !tranche.issueDate().isAfter(end)) {
          events.add(new Issuance(tranche.id(), inputs(tranche.issueDate(), spot(random))));
          outstanding.put(tranche.id(), tranche.count());
        }
      }
      events.sort((a, b) -> a.date().compareTo(b.date()));
      day = events.isEmpty() ? day : events.get(events.size() - 1).date().plusDays(1);
      for (Warrant tranche : tranches) {
        Long left = outstanding.get(tranche.id());
        if (left == null || !day.isBefore(end) || random.nextInt(3) == 0) {
          continue;
        }
        if (random.nextBoolean()) {
          long exercised = random.nextInt(4) == 0 ? left : 1 + random.nextLong(left);
          events.add(new Exercise(tranche.id(), exercised, withDownRound(day, spot(random))));
          if (exercised == left) {
            outstanding.remove(tranche.id());
          } else {
            outstanding.put(tranche.id(), left - exercised);
          }
        } else {
          events.add(new Amendment(tranche.id(), TermsChange.repricing(0.4 + random.nextDouble()),
              withDownRound(day, spot(random))));
        }
      }
      periods.add(new ReportingPeriod(inputs(end, spot(random)), 180_000_000 + random.nextInt(20_000_000),
          OptionalLong.empty(), events));
      start = end;
    }
    return periods;
  }
}
