package org.warrantlab.pricer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Predicate;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.exercise.ExerciseDecision;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.MonteCarloEngine;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.simulation.PathEvent;
import org.warrantlab.simulation.PathExplanation;
import org.warrantlab.simulation.PolicyBatches;
import org.warrantlab.simulation.ResetWarrantPayoff;
import org.warrantlab.simulation.ResolvedBook;

/**
 * Replays paths of a valuation's run with every event on them: a path of an early exercise under the policy
 * of the batch that walked it, numbered as the batches follow one another.
 */
final class PathReplay {

  private final ResetWarrantPayoff payoff;
  private final SimulationSettings settings;
  private final Optional<PolicyBatches> batches;

  private PathReplay(ResetWarrantPayoff payoff, SimulationSettings settings, Optional<PolicyBatches> batches) {
    this.payoff = payoff;
    this.settings = settings;
    this.batches = batches;
  }

  /** The replays of the run of {@code book} that {@code settings} describes, given the business combination. */
  static PathReplay of(List<ResolvedWarrant> book, List<Financing> financings, CorporateEvents events,
      MarketData market, SimulationSettings settings) {
    ResolvedBook resolved = ResolvedBook.of(book, financings, events, market, settings.earlyExercise().datesPerYear());
    ResetWarrantPayoff payoff = new ResetWarrantPayoff(resolved);
    return new PathReplay(payoff, settings, resolved.earlyExercise()
        ? Optional.of(new PolicyBatches(payoff, settings)) : Optional.empty());
  }

  /** Path {@code pathIndex} of the run. */
  PathExplanation explain(long pathIndex) {
    if (batches.isEmpty()) {
      return replay(MonteCarloEngine.DEFAULT.normalsOfPath(payoff, settings, pathIndex), ExerciseDecision.NEVER,
          pathIndex);
    }
    PolicyBatches all = batches.get();
    long perBatch = all.settingsOf(0).simulatedPaths();
    int batch = Math.toIntExact(Math.min(pathIndex / perBatch, all.batches() - 1));
    SimulationSettings batchSettings = all.settingsOf(batch);
    long local = pathIndex - batch * perBatch;
    if (pathIndex < 0 || local >= batchSettings.simulatedPaths()) {
      throw new InvalidValueException("path", "must be between 0 and " + (perBatch * all.batches() - 1)
          + " but was " + pathIndex);
    }
    return replay(MonteCarloEngine.DEFAULT.normalsOfPath(payoff, batchSettings, local), all.policyOf(batch),
        pathIndex);
  }

  /** The first path of the run whose events {@code wanted} accepts, searched batch after batch. */
  Optional<PathExplanation> first(Predicate<List<PathEvent>> wanted) {
    if (batches.isEmpty()) {
      return first(settings, ExerciseDecision.NEVER, 0, wanted);
    }
    PolicyBatches all = batches.get();
    long perBatch = all.settingsOf(0).simulatedPaths();
    for (int b = 0; b < all.batches(); b++) {
      Optional<PathExplanation> found = first(all.settingsOf(b), all.policyOf(b), b * perBatch, wanted);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private Optional<PathExplanation> first(SimulationSettings run, ExerciseDecision policy, long offset,
      Predicate<List<PathEvent>> wanted) {
    OptionalLong found = MonteCarloEngine.DEFAULT.firstPath(payoff, run,
        normals -> wanted.test(replay(normals, policy, 0).events()));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    long path = found.getAsLong();
    return Optional.of(replay(MonteCarloEngine.DEFAULT.normalsOfPath(payoff, run, path), policy, offset + path));
  }

  private PathExplanation replay(double[] normals, ExerciseDecision policy, long pathIndex) {
    List<PathEvent> happened = new ArrayList<>();
    double[] payoffs = payoff.explain(normals, policy, happened::add);
    return new PathExplanation(pathIndex, happened, payoffs);
  }
}
