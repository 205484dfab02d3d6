package org.warrantlab.cli.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.warrantlab.event.PriceReference;
import org.warrantlab.instrument.AntiDilution;
import org.warrantlab.instrument.FullRatchet;
import org.warrantlab.instrument.NoAntiDilution;
import org.warrantlab.instrument.ResetLimits;
import org.warrantlab.instrument.ScheduledReset;
import org.warrantlab.instrument.WeightedAverage;

/** Reads a tranche's {@code antiDilution} clause and its {@code scheduledResets}. */
final class ClauseReader {

  /** The clause types of the input contract. */
  enum ClauseType {
    NONE, FULL_RATCHET, WEIGHTED_AVERAGE
  }

  private ClauseReader() {
  }

  static AntiDilution antiDilution(JsonObjectReader warrant) {
    return optionalAntiDilution(warrant).orElse(NoAntiDilution.INSTANCE);
  }

  /** The clause where the object states one, as an amendment does when it changes the clause. */
  static Optional<AntiDilution> optionalAntiDilution(JsonObjectReader object) {
    return object.optionalObject("antiDilution").map(ClauseReader::clause);
  }

  private static AntiDilution clause(JsonObjectReader clause) {
    ClauseType type = clause.enumValue("type", ClauseType.class);
    return clause.build(() -> switch (type) {
      case NONE -> NoAntiDilution.INSTANCE;
      case FULL_RATCHET -> new FullRatchet(limits(clause));
      case WEIGHTED_AVERAGE -> new WeightedAverage(
          clause.enumValue("basis", WeightedAverage.Basis.class), limits(clause));
    });
  }

  private static ResetLimits limits(JsonObjectReader clause) {
    // Counts beyond int range mean "no limit" (large) or are rejected as negative (small).
    int maxResets = clause.optionalWholeNumber("maxResets")
        .map(count -> (int) Math.max(-1, Math.min(count, Integer.MAX_VALUE))).orElse(Integer.MAX_VALUE);
    return new ResetLimits(
        clause.number("floor", 0.0),
        clause.bool("adjustShares", false),
        maxResets,
        clause.optionalDate("protectionStart").orElse(null),
        clause.optionalDate("protectionEnd").orElse(null));
  }

  static List<ScheduledReset> scheduledResets(JsonObjectReader warrant) {
    List<ScheduledReset> resets = new ArrayList<>();
    for (JsonObjectReader reset : warrant.optionalObjects("scheduledResets")) {
      resets.add(reset.build(() -> new ScheduledReset(
          reset.date("date"),
          PriceRuleReader.read(reset, PriceReference.FIXED),
          reset.bool("adjustShares", false))));
    }
    return resets;
  }
}
