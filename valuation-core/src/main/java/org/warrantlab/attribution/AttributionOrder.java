package org.warrantlab.attribution;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * How the change is split among the substituted factors: one order of substitution, each factor taking
 * the change its step makes, or the average over every order (Shapley values), which no order favours.
 */
public sealed interface AttributionOrder permits AttributionOrder.Sequential, AttributionOrder.Shapley {

  AttributionOrder DEFAULT = new Sequential(Factor.SUBSTITUTED);

  /** The factors in the order their lines are shown. */
  List<Factor> factors();

  /** Factors in {@code order}, each substituted in turn; the ones not named follow in the default order. */
  static Sequential startingWith(List<Factor> order) {
    List<Factor> factors = new ArrayList<>(order);
    Factor.SUBSTITUTED.stream().filter(factor -> !order.contains(factor)).forEach(factors::add);
    return new Sequential(factors);
  }

  /** Sequential substitution in {@code factors}' order, every substituted factor once. */
  record Sequential(List<Factor> factors) implements AttributionOrder {

    public Sequential {
      factors = List.copyOf(Checks.notNull(factors, "factors"));
      Set<Factor> seen = EnumSet.noneOf(Factor.class);
      for (Factor factor : factors) {
        if (!factor.substituted()) {
          throw new InvalidValueException("order", factor + " is not substituted: it bridges to booked amounts");
        }
        if (!seen.add(factor)) {
          throw new InvalidValueException("order", factor + " is named twice");
        }
      }
      if (seen.size() != Factor.SUBSTITUTED.size()) {
        throw new InvalidValueException("order", "must name every substituted factor once, not " + factors);
      }
    }
  }

  /** The average of the sequential splits over every order of the factors that change. */
  record Shapley() implements AttributionOrder {

    @Override
    public List<Factor> factors() {
      return Factor.SUBSTITUTED;
    }
  }
}
