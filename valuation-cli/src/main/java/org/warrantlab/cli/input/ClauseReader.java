package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.warrantlab.event.PriceReference;
import org.warrantlab.event.PriceRule;
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
    return object.optionalObject("antiDilution", ClauseReader::clause);
  }

  private static AntiDilution clause(JsonObjectReader clause) {
    ClauseType type = clause.enumValue("type", ClauseType.class);
    if (type == ClauseType.NONE) {
      return clause.build(() -> NoAntiDilution.INSTANCE);
    }
    // A type with a problem reads every field a clause may have, so that none is called unknown.
    WeightedAverage.Basis basis = type != ClauseType.FULL_RATCHET
        ? clause.enumValue("basis", WeightedAverage.Basis.class) : null;
    ResetLimitsFields limits = ResetLimitsFields.read(clause);
    return clause.build(() -> type == ClauseType.FULL_RATCHET
        ? new FullRatchet(limits.limits())
        : new WeightedAverage(basis, limits.limits()));
  }

  /** The limits every clause may carry, as read. */
  private record ResetLimitsFields(double floor, boolean adjustShares, int maxResets, LocalDate protectionStart,
      LocalDate protectionEnd) {

    static ResetLimitsFields read(JsonObjectReader clause) {
      // Counts beyond int range mean "no limit" (large) or are rejected as negative (small).
      int maxResets = clause.optionalWholeNumber("maxResets")
          .map(count -> (int) Math.max(-1, Math.min(count, Integer.MAX_VALUE))).orElse(Integer.MAX_VALUE);
      return new ResetLimitsFields(clause.number("floor", 0.0), clause.bool("adjustShares", false), maxResets,
          clause.optionalDate("protectionStart").orElse(null), clause.optionalDate("protectionEnd").orElse(null));
    }

    ResetLimits limits() {
      return new ResetLimits(floor, adjustShares, maxResets, protectionStart, protectionEnd);
    }
  }

  static List<ScheduledReset> scheduledResets(JsonObjectReader warrant) {
    return warrant.optionalObjects("scheduledResets", reset -> {
      LocalDate date = reset.date("date");
      Supplier<PriceRule> price = PriceRuleReader.read(reset, PriceReference.FIXED);
      boolean adjustShares = reset.bool("adjustShares", false);
      return reset.build(() -> new ScheduledReset(date, price.get(), adjustShares));
    });
  }
}
