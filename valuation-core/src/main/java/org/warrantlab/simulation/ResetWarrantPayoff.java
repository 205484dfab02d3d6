package org.warrantlab.simulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.stream.IntStream;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.PriceRule;
import org.warrantlab.event.ShareIssue;
import org.warrantlab.exercise.ExercisablePaths;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.math.PortableMath;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.process.NormalLayout;

/**
 * A book of warrants whose terms change along each path: simulated financings trigger the tranches'
 * anti-dilution clauses, scheduled resets apply on their dates, and each tranche pays
 * {@code m × dilution × max(S_T - X, 0)} on the terms standing at expiry, or on the terms standing on
 * the date its holder exercises it early. The path visits only the dates of {@link PathSchedule}. Each
 * tranche's control variate is its payoff on the original terms at expiry at the share price without
 * financing effects, whose expectation is the Black–Scholes value.
 *
 * <p>Normals per path: first those of the financing draws, in input order, then one per grid step.
 * Within a day: financings in input order, then scheduled resets, then exercise decisions, then expiries.
 * An exercise does not move the share price or the share count the path goes on with.
 */
public final class ResetWarrantPayoff implements PathPayoff, ExercisablePaths {

  private final MarketData market;
  private final PathSchedule schedule;
  private final GbmPathBuilder path;
  private final FinancingDraws[] financings;
  private final int financingDimension;
  private final NormalLayout layout;
  private final int maxEvents;
  private final TrancheSetup[] tranches;
  private final int[] settleOrder;
  private final ScheduledStep[] scheduled;
  private final ExerciseStep[] exerciseSteps;
  private final double[] controlExpectations;

  /** A tranche's constants on this grid. */
  private record TrancheSetup(Warrant warrant, int expiryStep, double discount, double staticDilution,
      int protectedFrom, int protectedTo, TrancheExercise exercise) {
  }

  /** A scheduled reset placed on the grid. */
  private record ScheduledStep(int step, int tranche, ScheduledReset reset) {
  }

  /** An exercise date before expiry of a tranche, placed on the grid. */
  private record ExerciseStep(int step, int tranche, int date) {
  }

  /** A book whose tranches are all exercised at expiry only. */
  public ResetWarrantPayoff(List<ResolvedWarrant> book, List<Financing> financingAssumptions, MarketData market) {
    this(book, financingAssumptions, market, book.stream().map(w -> ExerciseDates.AT_EXPIRY).toList());
  }

  /** A book whose tranche {@code j} may be exercised on {@code exercise.get(j)}. */
  public ResetWarrantPayoff(List<ResolvedWarrant> book, List<Financing> financingAssumptions, MarketData market,
      List<ExerciseDates> exercise) {
    this.market = market;
    LocalDate lastExpiry = book.stream().map(w -> w.warrant().expiryDate()).max(Comparator.naturalOrder()).orElseThrow();
    this.schedule = PathSchedule.forBook(book, financingAssumptions, exercise, market, lastExpiry);
    GbmProcess process = GbmProcess.of(market);
    this.path = new GbmPathBuilder(process, schedule.grid());

    this.financings = new FinancingDraws[financingAssumptions.size()];
    int dimension = 0;
    int events = 0;
    for (int f = 0; f < financings.length; f++) {
      Financing financing = financingAssumptions.get(f);
      financings[f] = FinancingDraws.of(financing,
          schedule.tradingDaySteps(financing.start(), financing.end(), lastExpiry));
      dimension += financings[f].dimension();
      events += financings[f].maxEvents();
    }
    this.financingDimension = dimension;
    this.layout = new NormalLayout(dimension, schedule.grid());
    this.maxEvents = events;

    this.tranches = new TrancheSetup[book.size()];
    this.controlExpectations = new double[book.size()];
    List<ScheduledStep> resets = new ArrayList<>();
    List<ExerciseStep> exercises = new ArrayList<>();
    for (int j = 0; j < tranches.length; j++) {
      ResolvedWarrant resolved = book.get(j);
      Warrant warrant = resolved.warrant();
      var limits = warrant.antiDilution().limits();
      TrancheExercise trancheExercise = TrancheExercise.of(resolved, exercise.get(j), schedule, market);
      tranches[j] = new TrancheSetup(warrant, schedule.step(warrant.expiryDate()),
          process.discountFactor(resolved.timeToExpiry()), resolved.dilutionFactor(),
          limits.protectionStart() == null ? 0 : schedule.firstStepFrom(limits.protectionStart()),
          limits.protectionEnd() == null ? Integer.MAX_VALUE : schedule.lastStepUpTo(limits.protectionEnd()),
          trancheExercise);
      controlExpectations[j] = ClosedFormWarrantPricer.DEFAULT.europeanPerWarrant(resolved, market);
      for (ScheduledReset reset : warrant.scheduledResets()) {
        resets.add(new ScheduledStep(schedule.step(reset.measurementDay()), j, reset));
      }
      for (int k = 0; k + 1 < trancheExercise.dates(); k++) {
        exercises.add(new ExerciseStep(trancheExercise.step(k), j, k));
      }
    }
    resets.sort(Comparator.comparingInt(ScheduledStep::step));
    this.scheduled = resets.toArray(new ScheduledStep[0]);
    exercises.sort(Comparator.comparingInt(ExerciseStep::step));
    this.exerciseSteps = exercises.toArray(new ExerciseStep[0]);
    this.settleOrder = IntStream.range(0, tranches.length).boxed()
        .sorted(Comparator.comparingInt(j -> tranches[j].expiryStep())).mapToInt(Integer::intValue).toArray();
  }

  @Override
  public int dimension() {
    return financingDimension + schedule.steps();
  }

  @Override
  public int outputs() {
    return tranches.length;
  }

  @Override
  public NormalLayout layout() {
    return layout;
  }

  @Override
  public PathEvaluator newEvaluator() {
    return new Evaluator(null, ExerciseDecision.NEVER);
  }

  @Override
  public Walker newWalker(ExerciseDecision decision) {
    return new Evaluator(null, decision);
  }

  @Override
  public double[] exerciseTimes(int output) {
    return tranches[output].exercise().times();
  }

  @Override
  public double immediateExerciseValue(int output) {
    TrancheSetup tranche = tranches[output];
    if (!tranche.exercise().onValuationDate()) {
      return Double.NaN;
    }
    Warrant warrant = tranche.warrant();
    return warrant.sharesPerWarrant() * tranche.staticDilution() * Math.max(market.spot() - warrant.exercisePrice(), 0);
  }

  @Override
  public double regressionUnit(int output, int date) {
    return tranches[output].exercise().regressionUnit(date);
  }

  @Override
  public double[] controlExpectations() {
    return controlExpectations.clone();
  }

  /**
   * Replays one path, reporting each financing, reset, exercise and expiry to {@code log}, with the
   * holder deciding by {@code decision}; returns the payoffs.
   */
  public double[] explain(double[] normals, ExerciseDecision decision, Consumer<PathEvent> log) {
    double[] payoffs = new double[outputs()];
    new Evaluator(log, decision).evaluate(normals, payoffs, new double[outputs()]);
    return payoffs;
  }

  /** One thread's path state and scratch space. */
  private final class Evaluator implements PathEvaluator, Walker {
    private final Consumer<PathEvent> log;
    private final ExerciseDecision decision;
    private final HoldValue holdValue = new HoldValue();
    private final PathCloses closes = new PathCloses(schedule, market.spot());
    private final double[] exercisePrice = new double[tranches.length];
    private final double[] sharesPerWarrant = new double[tranches.length];
    private final int[] resets = new int[tranches.length];
    private final boolean[] exercised = new boolean[tranches.length];
    private final int[] eventSteps = new int[maxEvents];
    private final int[] eventFinancing = new int[maxEvents];
    private double price;
    private double priceJump;
    private double sharesOutstanding;

    Evaluator(Consumer<PathEvent> log, ExerciseDecision decision) {
      this.log = log;
      this.decision = decision;
    }

    @Override
    public void walk(double[] normals, double[] payoffs, double[] controls) {
      evaluate(normals, payoffs, controls);
    }

    @Override
    public void evaluate(double[] normals, double[] payoffs, double[] controls) {
      int events = FinancingDraws.drawAll(financings, normals, eventSteps, eventFinancing);
      for (int j = 0; j < tranches.length; j++) {
        exercisePrice[j] = tranches[j].warrant().exercisePrice();
        sharesPerWarrant[j] = tranches[j].warrant().sharesPerWarrant();
        resets[j] = 0;
        exercised[j] = false;
      }
      sharesOutstanding = market.sharesOutstanding();
      priceJump = 0;
      price = market.spot();
      double logPrice = path.logSpot();
      int nextEvent = 0;
      int nextReset = applyScheduledResets(-1, 0);
      offerExerciseNow(payoffs);
      int nextExercise = 0;
      int nextSettle = settle(-1, price, 0, payoffs, controls);
      closes.newPath();
      int steps = schedule.steps();
      int busy = nextBusyStep(nextEvent < events ? eventSteps[nextEvent] : steps, nextReset, nextExercise, nextSettle);
      for (int step = 0; step < steps; step++) {
        logPrice = path.advance(step, logPrice, normals[financingDimension + step]);
        closes.record(step, logPrice + priceJump);
        if (step < busy) {
          continue;
        }
        price = closes.close(step);
        while (nextEvent < events && eventSteps[nextEvent] == step) {
          applyFinancing(step, eventFinancing[nextEvent++]);
        }
        nextReset = applyScheduledResets(step, nextReset);
        nextExercise = offerExercise(step, nextExercise, payoffs);
        if (nextSettle < settleOrder.length && tranches[settleOrder[nextSettle]].expiryStep() == step) {
          nextSettle = settle(step, PortableMath.exp(logPrice), nextSettle, payoffs, controls);
        }
        busy = nextBusyStep(nextEvent < events ? eventSteps[nextEvent] : steps, nextReset, nextExercise, nextSettle);
      }
    }

    /**
     * The first step from which something reads the price: the next financing event ({@code eventStep}),
     * scheduled reset, exercise date or expiry; the steps before it only advance the log price.
     */
    private int nextBusyStep(int eventStep, int nextReset, int nextExercise, int nextSettle) {
      int steps = schedule.steps();
      int busy = Math.min(eventStep, nextReset < scheduled.length ? scheduled[nextReset].step() : steps);
      busy = Math.min(busy, nextExercise < exerciseSteps.length ? exerciseSteps[nextExercise].step() : steps);
      return Math.min(busy, nextSettle < settleOrder.length ? tranches[settleOrder[nextSettle]].expiryStep() : steps);
    }

    private void applyFinancing(int step, int f) {
      FinancingTerms terms = financings[f].terms();
      double close = price;
      double vwap = terms.pricing().readsVwap() ? closes.vwap(step, terms.pricing().vwapDays()) : close;
      double issuePrice = terms.issuePrice(close, vwap);
      double issued = terms.size().sharesAt(issuePrice);
      double fullyDiluted = sharesOutstanding;
      for (int j = 0; j < tranches.length; j++) {
        if (tranches[j].expiryStep() >= step) {
          fullyDiluted += tranches[j].warrant().count() * sharesPerWarrant[j];
        }
      }
      ShareIssue issue = new ShareIssue(issuePrice, issued, sharesOutstanding, fullyDiluted);
      double priceAfter = terms.postMoney()
          ? (sharesOutstanding * price + issued * issuePrice) / (sharesOutstanding + issued) : price;
      if (log != null) {
        log.accept(new PathEvent.FinancingEvent(schedule.date(step), f, close, vwap, issuePrice, issued,
            sharesOutstanding + issued, priceAfter));
      }
      for (int j = 0; j < tranches.length; j++) {
        TrancheSetup tranche = tranches[j];
        var clause = tranche.warrant().antiDilution();
        if (tranche.expiryStep() >= step && step >= tranche.protectedFrom() && step <= tranche.protectedTo()
            && resets[j] < clause.limits().maxResets()) {
          double reset = clause.resetPrice(exercisePrice[j], issue);
          if (reset < exercisePrice[j]) {
            resets[j]++;
            changeTerms(j, step, reset, clause.limits().adjustShares(), "anti-dilution");
          }
        }
      }
      if (priceAfter != price) {
        priceJump += PortableMath.log(priceAfter / price);
        price = priceAfter;
        closes.move(step, priceAfter);
      }
      sharesOutstanding += issued;
    }

    private int applyScheduledResets(int step, int next) {
      while (next < scheduled.length && scheduled[next].step() == step) {
        ScheduledStep entry = scheduled[next++];
        PriceRule rule = entry.reset().price();
        double vwap = rule.readsVwap() ? closes.vwap(step, rule.vwapDays()) : price;
        double measured = rule.measure(price, vwap);
        if (measured < exercisePrice[entry.tranche()]) {
          changeTerms(entry.tranche(), step, measured, entry.reset().adjustShares(), "scheduled reset");
        }
      }
      return next;
    }

    private void offerExerciseNow(double[] payoffs) {
      for (int j = 0; j < tranches.length; j++) {
        if (tranches[j].exercise().onValuationDate()) {
          offer(j, -1, payoffs);
        }
      }
    }

    private int offerExercise(int step, int next, double[] payoffs) {
      while (next < exerciseSteps.length && exerciseSteps[next].step() == step) {
        ExerciseStep entry = exerciseSteps[next++];
        if (!exercised[entry.tranche()]) {
          offer(entry.tranche(), entry.date(), payoffs);
        }
      }
      return next;
    }

    /** Asks the holder whether to exercise tranche {@code j} on its exercise date {@code date} (-1: today). */
    private void offer(int j, int date, double[] payoffs) {
      TrancheSetup tranche = tranches[j];
      double sharesValued = sharesPerWarrant[j] * dilution(j);
      double value = tranche.exercise().discount(date) * sharesValued * Math.max(price - exercisePrice[j], 0);
      if (value <= 0) {
        return;
      }
      holdValue.set(j, date, sharesValued);
      if (decision.exercise(j, date, value, holdValue)) {
        exercised[j] = true;
        payoffs[j] = value;
        if (log != null) {
          log.accept(new PathEvent.SettlementEvent(schedule.date(date < 0 ? -1 : tranche.exercise().step(date)),
              tranche.warrant().id(), true, price, exercisePrice[j], sharesPerWarrant[j], dilution(j), value));
        }
      }
    }

    /** The dilution factor of tranche {@code j} at the path's current share count. */
    private double dilution(int j) {
      Warrant warrant = tranches[j].warrant();
      return switch (warrant.dilution()) {
        case NONE -> 1.0;
        case SHARE_COUNT -> sharesOutstanding / (sharesOutstanding + warrant.count() * sharesPerWarrant[j]);
      };
    }

    /** The hold value of the tranche being offered exercise, computed only if the decision asks. */
    private final class HoldValue implements DoubleSupplier {
      private int tranche;
      private int date;
      private double sharesValued;

      void set(int newTranche, int newDate, double newSharesValued) {
        tranche = newTranche;
        date = newDate;
        sharesValued = newSharesValued;
      }

      @Override
      public double getAsDouble() {
        return tranches[tranche].exercise().holdValue(date, price, exercisePrice[tranche], sharesValued);
      }
    }

    private void changeTerms(int j, int step, double newPrice, boolean adjustShares, String cause) {
      double oldPrice = exercisePrice[j];
      double oldShares = sharesPerWarrant[j];
      if (adjustShares) {
        sharesPerWarrant[j] = oldShares * oldPrice / newPrice;
      }
      exercisePrice[j] = newPrice;
      if (log != null) {
        log.accept(new PathEvent.ResetEvent(schedule.date(step), tranches[j].warrant().id(), cause, oldPrice,
            newPrice, oldShares, sharesPerWarrant[j]));
      }
    }

    /** Pays the tranches expiring at {@code step}; {@code unjumpedPrice} is the GBM price without financing effects. */
    private int settle(int step, double unjumpedPrice, int next, double[] payoffs, double[] controls) {
      double controlPrice = step < 0 ? market.spot() : unjumpedPrice;
      while (next < settleOrder.length && tranches[settleOrder[next]].expiryStep() == step) {
        int j = settleOrder[next++];
        TrancheSetup tranche = tranches[j];
        Warrant warrant = tranche.warrant();
        controls[j] = tranche.discount() * warrant.sharesPerWarrant() * tranche.staticDilution()
            * Math.max(controlPrice - warrant.exercisePrice(), 0);
        if (exercised[j]) {
          continue;
        }
        double dilution = dilution(j);
        payoffs[j] = tranche.discount() * sharesPerWarrant[j] * dilution * Math.max(price - exercisePrice[j], 0);
        if (log != null) {
          log.accept(new PathEvent.SettlementEvent(schedule.date(step), warrant.id(), false, price, exercisePrice[j],
              sharesPerWarrant[j], dilution, payoffs[j]));
        }
      }
      return next;
    }
  }
}
