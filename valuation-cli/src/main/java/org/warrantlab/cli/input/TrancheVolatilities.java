package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.VolatilityPoint;

/**
 * The convenience form of a volatility term structure: each tranche's own term-matched volatility
 * ({@code warrants[].volatility}) turned into the curve of term volatilities at the tranches' remaining terms,
 * refused where two tranches would give a negative forward variance.
 */
final class TrancheVolatilities {

  /** A tranche's volatility as read, with the path it was read at. */
  record Given(ResolvedWarrant warrant, double volatility, String path) {
  }

  private TrancheVolatilities() {
  }

  /** Whether any tranche of {@code document} gives its own volatility. */
  static boolean given(JsonNode document) {
    JsonNode warrants = document.get("warrants");
    if (warrants == null || !warrants.isArray()) {
      return false;
    }
    for (JsonNode warrant : warrants) {
      JsonNode volatility = warrant.get("volatility");
      if (volatility != null && !volatility.isNull()) {
        return true;
      }
    }
    return false;
  }

  /** The curve through every tranche's (remaining term, volatility); tranches of the same term must agree. */
  static TermVolatilities curve(List<Given> tranches) {
    List<Given> byTerm = new ArrayList<>(tranches);
    byTerm.sort(Comparator.comparingDouble(g -> g.warrant().timeToExpiry()));
    List<VolatilityPoint> points = new ArrayList<>();
    Given previous = null;
    for (Given tranche : byTerm) {
      double term = tranche.warrant().timeToExpiry();
      if (!(term > 0)) {
        throw new InputException(tranche.path(), "cannot be matched to a term: the tranche expires on the"
            + " valuation date");
      }
      if (previous != null) {
        double before = previous.warrant().timeToExpiry();
        if (term == before) {
          if (tranche.volatility() != previous.volatility()) {
            throw new InputException(tranche.path(), String.format(Locale.US, "(%s) differs from %s (%s), a"
                + " tranche of the same remaining term: one term has one volatility", tranche.volatility(),
                previous.path(), previous.volatility()));
          }
          continue;
        }
        double earlierVariance = previous.volatility() * previous.volatility() * before;
        double variance = tranche.volatility() * tranche.volatility() * term;
        if (variance < earlierVariance) {
          throw new InputException(tranche.path(), String.format(Locale.US, "(%s over %.4f years) with %s (%s over"
              + " %.4f years) gives a negative forward variance: σ² T must not fall from %.6f to %.6f",
              tranche.volatility(), term, previous.path(), previous.volatility(), before, earlierVariance, variance));
        }
      }
      points.add(new VolatilityPoint(term, tranche.volatility()));
      previous = tranche;
    }
    return new TermVolatilities(points);
  }
}
