package org.warrantlab.scenario;

import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.Warrant;

/** A number of a tranche's contract terms, read and changed through {@link Warrant}'s {@code with…} methods. */
public enum TrancheField {

  /** Warrants outstanding, a whole number. */
  COUNT {
    @Override
    double of(Warrant warrant) {
      return warrant.count();
    }

    @Override
    Warrant with(Warrant warrant, double value) {
      return warrant.withCount(WholeNumbers.toLong(value, "count"));
    }
  },

  SHARES_PER_WARRANT {
    @Override
    double of(Warrant warrant) {
      return warrant.sharesPerWarrant();
    }

    @Override
    Warrant with(Warrant warrant, double value) {
      return warrant.withSharesPerWarrant(value);
    }
  },

  EXERCISE_PRICE {
    @Override
    double of(Warrant warrant) {
      return warrant.exercisePrice();
    }

    @Override
    Warrant with(Warrant warrant, double value) {
      return warrant.withExercisePrice(value);
    }
  },

  /** The anti-dilution clause's floor (0 where the tranche has none). */
  FLOOR {
    @Override
    double of(Warrant warrant) {
      return warrant.antiDilution().limits().floor();
    }

    @Override
    Warrant with(Warrant warrant, double value) {
      return withLimits(warrant, warrant.antiDilution().limits().withFloor(value));
    }
  },

  /** Resets the clause allows in the tranche's life, a whole number; beyond an int, no limit. */
  MAX_RESETS {
    @Override
    double of(Warrant warrant) {
      return warrant.antiDilution().limits().maxResets();
    }

    @Override
    Warrant with(Warrant warrant, double value) {
      long resets = WholeNumbers.toLong(value, "maxResets");
      int limit = (int) Math.max(-1, Math.min(resets, Integer.MAX_VALUE));
      return withLimits(warrant, warrant.antiDilution().limits().withMaxResets(limit));
    }
  };

  abstract double of(Warrant warrant);

  abstract Warrant with(Warrant warrant, double value);

  private static Warrant withLimits(Warrant warrant, ResetLimits limits) {
    AntiDilution clause = warrant.antiDilution();
    return warrant.withAntiDilution(clause.withLimits(limits));
  }
}
