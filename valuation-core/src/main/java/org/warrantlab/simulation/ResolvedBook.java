package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.process.NormalLayout;

/**
 * A book of warrant tranches and its financing assumptions resolved against a market once: every date
 * turned into a grid step of its {@link PathSchedule} (each tranche's expiry, exercise dates and
 * protection period, the scheduled resets, each financing window's trading days), and the layout of a
 * path's normals. The payoffs, the replay of a path and the memory bound all read it; nothing derives a
 * step again.
 */
public final class ResolvedBook {

  /** A scheduled reset of tranche {@code tranche} on grid step {@code step} (-1: the valuation date). */
  record ScheduledStep(int step, int tranche, ScheduledReset reset) {
  }

  private final MarketData market;
  private final GbmProcess process;
  private final PathSchedule schedule;
  private final ResolvedTranche[] tranches;
  private final ScheduledStep[] scheduledResets;
  private final OfferSchedule offers;
  private final int[] settleOrder;
  private final ResolvedRedemption[] redemptions;
  private final Optional<ResolvedTransaction> transaction;
  private final FinancingDraws[] financings;
  private final int financingDimension;
  private final int maxFinancings;
  private final NormalLayout layout;
  private final boolean pathDependent;
  private final long calendarDays;

  private ResolvedBook(List<ResolvedWarrant> book, List<Financing> financingAssumptions, CorporateEvents events,
      MarketData market, List<ExerciseDates> exercise) {
    if (book.isEmpty()) {
      throw new IllegalArgumentException("the book has no warrants");
    }
    this.market = market;
    this.process = GbmProcess.of(market);
    LocalDate lastExpiry = book.stream().map(w -> w.warrant().expiryDate()).max(Comparator.naturalOrder())
        .orElseThrow();
    this.schedule = schedule(book, financingAssumptions, events, exercise, market, lastExpiry);
    this.calendarDays = Math.max(0, lastExpiry.toEpochDay() - market.valuationDate().toEpochDay());
    this.financings = new FinancingDraws[financingAssumptions.size()];
    int dimension = 0;
    int financingEvents = 0;
    for (int f = 0; f < financings.length; f++) {
      Financing financing = financingAssumptions.get(f);
      financings[f] = FinancingDraws.of(financing, schedule.windowDays(financing.start(), financing.end(), lastExpiry));
      dimension += financings[f].dimension();
      financingEvents += financings[f].maxEvents();
    }
    this.financingDimension = dimension;
    this.maxFinancings = financingEvents;
    this.transaction = ContingentDays.transactionOnGrid(events, market, lastExpiry)
        .map(t -> ResolvedTransaction.of(t, schedule, lastExpiry));
    this.layout = new NormalLayout(leadingNormals(), schedule.grid());

    this.tranches = new ResolvedTranche[book.size()];
    List<ScheduledStep> resets = new ArrayList<>();
    for (int j = 0; j < tranches.length; j++) {
      ResolvedWarrant resolved = book.get(j);
      Warrant warrant = resolved.warrant();
      ResetLimits limits = warrant.antiDilution().limits();
      TrancheExercise trancheExercise = TrancheExercise.of(resolved, exercise.get(j), schedule, process);
      tranches[j] = new ResolvedTranche(resolved, schedule.step(warrant.expiryDate()),
          process.discountFactor(resolved.timeToExpiry()),
          limits.protectionStart() == null ? 0 : schedule.firstStepFrom(limits.protectionStart()),
          limits.protectionEnd() == null ? Integer.MAX_VALUE : schedule.lastStepUpTo(limits.protectionEnd()),
          trancheExercise);
      for (ScheduledReset reset : warrant.scheduledResets()) {
        resets.add(new ScheduledStep(schedule.step(reset.measurementDay()), j, reset));
      }
    }
    this.redemptions = ContingentDays.redemptions(book, events, schedule, process);
    resets.sort(Comparator.comparingInt(ScheduledStep::step));
    this.scheduledResets = resets.toArray(new ScheduledStep[0]);
    this.offers = OfferSchedule.of(tranches);
    this.settleOrder = IntStream.range(0, tranches.length).boxed()
        .sorted(Comparator.comparingInt(j -> tranches[j].expiryStep())).mapToInt(Integer::intValue).toArray();
    this.pathDependent = financings.length > 0 || book.stream().anyMatch(w -> w.warrant().hasResets())
        || exercise.stream().anyMatch(ExerciseDates::early) || redemptions.length > 0 || transaction.isPresent();
  }

  /**
   * {@code book} with {@code financings} at {@code market}, each tranche exercisable early on its
   * {@link ExerciseDates} (American ones {@code datesPerYear} times a year) where early exercise can pay
   * ({@link ExerciseDates#canPay}), otherwise at expiry only.
   */
  public static ResolvedBook of(List<ResolvedWarrant> book, List<Financing> financings, MarketData market,
      int datesPerYear) {
    return of(book, financings, CorporateEvents.NONE, market, datesPerYear);
  }

  /**
   * {@code book} with {@code financings} at {@code market}, contingent on {@code events}: exercisable early
   * as {@link #of(List, List, MarketData, int)} says, from the day the business combination allows.
   */
  public static ResolvedBook of(List<ResolvedWarrant> book, List<Financing> financings, CorporateEvents events,
      MarketData market, int datesPerYear) {
    boolean canPay = ExerciseDates.canPay(market, financings);
    return new ResolvedBook(book, financings, events, market, book.stream()
        .map(w -> canPay ? ExerciseDates.of(w.warrant(), market, datesPerYear).from(events.exercisableFrom())
            : ExerciseDates.AT_EXPIRY).toList());
  }

  /** {@code book} with {@code financings} at {@code market}, every tranche exercised at expiry only. */
  public static ResolvedBook atExpiry(List<ResolvedWarrant> book, List<Financing> financings, MarketData market) {
    return new ResolvedBook(book, financings, CorporateEvents.NONE, market,
        book.stream().map(w -> ExerciseDates.AT_EXPIRY).toList());
  }

  /**
   * The dates a path visits: each exercise date, expiry and scheduled reset with its look-back, and each
   * trading day of a financing window up to the last expiry with its look-back.
   */
  private static PathSchedule schedule(List<ResolvedWarrant> book, List<Financing> financings,
      CorporateEvents events, List<ExerciseDates> exercise, MarketData market, LocalDate lastExpiry) {
    PathSchedule.Builder builder = new PathSchedule.Builder(market.valuationDate(), lastExpiry);
    for (ExerciseDates dates : exercise) {
      for (int k = 0; k < dates.count(); k++) {
        builder.price(dates.epochDay(k));
      }
    }
    for (ResolvedWarrant resolved : book) {
      builder.price(resolved.warrant().expiryDate().toEpochDay());
      for (ScheduledReset reset : resolved.warrant().scheduledResets()) {
        builder.lookback(reset.measurementDay().toEpochDay(), reset.price().lookbackDays());
      }
    }
    ContingentDays.addTo(builder, book, events, market, lastExpiry);
    for (Financing financing : financings) {
      LocalDate end = financing.end().isAfter(lastExpiry) ? lastExpiry : financing.end();
      builder.tradingDays(financing.start().toEpochDay(), end.toEpochDay(), financing.terms().pricing().lookbackDays());
    }
    return builder.build();
  }

  /**
   * Whether a path must visit more than the expiries: a financing, a clause or scheduled reset, or an
   * exercise date before expiry.
   */
  public boolean pathDependent() {
    return pathDependent;
  }

  /** Whether a tranche is offered exercise before expiry (valued by Longstaff–Schwartz). */
  public boolean earlyExercise() {
    return IntStream.range(0, tranches.length).anyMatch(j -> tranches[j].exercise().dates() > 0);
  }

  /** Grid steps of a path after the valuation date. */
  public int steps() {
    return schedule.steps();
  }

  /** Normals per path: the financings' draws, the fundamental transaction's, then one per step. */
  public int dimension() {
    return leadingNormals() + schedule.steps();
  }

  /** Normals per path before the share price's: the financings' and the fundamental transaction's. */
  int leadingNormals() {
    return financingDimension + (transaction.isPresent() ? 1 : 0);
  }

  /** The normal that draws the fundamental transaction's day, after the financings'. */
  int transactionNormal() {
    return financingDimension;
  }

  /**
   * Statistics outputs per path after the tranches' payoffs: for each tranche, whether it was redeemed,
   * the years to its redemption (0 when not), and whether its holder took the fundamental transaction's
   * value; none when the book has neither a redemption right nor a transaction.
   */
  public int statisticsOutputs() {
    return redemptions.length > 0 || transaction.isPresent() ? CONTINGENCY_STATISTICS * tranches.length : 0;
  }

  /** Statistics outputs per tranche, see {@link #statisticsOutputs()}. */
  public static final int CONTINGENCY_STATISTICS = 3;

  /** The fundamental transaction, where one is assumed. */
  Optional<ResolvedTransaction> transaction() {
    return transaction;
  }

  public int tranches() {
    return tranches.length;
  }

  /** The most financings one path can draw. */
  public int maxFinancings() {
    return maxFinancings;
  }

  /** Exercise dates before expiry, summed over the tranches: the rows Longstaff–Schwartz records per path. */
  public long exerciseRows() {
    return offers.size();
  }

  /** Trading days of the financing windows on the grid, summed over the windows. */
  public long financingDays() {
    long days = 0;
    for (FinancingDraws draws : financings) {
      days += draws.gridDays();
    }
    return days;
  }

  /** Calendar days from the valuation date to the last expiry, which the schedule is collected over. */
  public long calendarDays() {
    return calendarDays;
  }

  /** Exercise dates of tranche {@code j} after the valuation date, expiry included; 0 when exercised at expiry only. */
  public int exerciseDates(int j) {
    return tranches[j].exercise().dates();
  }

  MarketData market() {
    return market;
  }

  GbmProcess process() {
    return process;
  }

  PathSchedule schedule() {
    return schedule;
  }

  NormalLayout layout() {
    return layout;
  }

  ResolvedTranche tranche(int j) {
    return tranches[j];
  }

  ScheduledStep[] scheduledResets() {
    return scheduledResets;
  }

  /** The exercise dates before expiry of all tranches, in the order a path meets them. */
  OfferSchedule offers() {
    return offers;
  }

  /** The tranches in order of expiry. */
  int[] settleOrder() {
    return settleOrder;
  }

  /** The redemption rights that can be exercised, in book order. */
  ResolvedRedemption[] redemptions() {
    return redemptions;
  }

  FinancingDraws[] financings() {
    return financings;
  }
}
