package org.warrantlab.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.warrantlab.simulation.PathEvent;

/** What {@code explain --first} looks for on a path: a reset, a financing or an early exercise, of one tranche or any. */
enum FirstPathOption {
  RESET("reset"), FINANCING("financing"), EARLY_EXERCISE("early-exercise");

  private final String text;

  FirstPathOption(String text) {
    this.text = text;
  }

  /** The kind {@code text} names, or a one-line error listing the kinds. */
  static FirstPathOption parse(String text) {
    for (FirstPathOption kind : values()) {
      if (kind.text.equals(text.toLowerCase(Locale.ROOT))) {
        return kind;
      }
    }
    throw new UserError("--first must be one of reset, financing, early-exercise but was '" + text + "'");
  }

  /** E.g. "a reset of 2008-09", "a financing while 2008-09 is outstanding", "an early exercise". */
  String describe(Optional<String> tranche) {
    return switch (this) {
      case RESET -> "a reset" + tranche.map(id -> " of " + id).orElse("");
      case FINANCING -> "a financing" + tranche.map(id -> " while " + id + " is outstanding").orElse("");
      case EARLY_EXERCISE -> "an early exercise" + tranche.map(id -> " of " + id).orElse("");
    };
  }

  /** Whether a path's events, in date order, hold what is looked for. */
  Predicate<List<PathEvent>> wanted(Optional<String> tranche) {
    return events -> {
      for (PathEvent event : events) {
        if (event instanceof PathEvent.SettlementEvent settled && this == FINANCING
            && tranche.filter(settled.trancheId()::equals).isPresent()) {
          return false;
        }
        if (matches(event, tranche)) {
          return true;
        }
      }
      return false;
    };
  }

  private boolean matches(PathEvent event, Optional<String> tranche) {
    return switch (this) {
      case RESET -> event instanceof PathEvent.ResetEvent reset
          && tranche.map(reset.trancheId()::equals).orElse(true);
      case FINANCING -> event instanceof PathEvent.FinancingEvent;
      case EARLY_EXERCISE -> event instanceof PathEvent.SettlementEvent settled && settled.early()
          && tranche.map(settled.trancheId()::equals).orElse(true);
    };
  }
}
