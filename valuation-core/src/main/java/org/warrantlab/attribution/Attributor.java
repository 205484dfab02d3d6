package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.warrantlab.accounting.Money;
import org.warrantlab.attribution.CommonPaths.Values;
import org.warrantlab.result.Estimate;

/**
 * Splits the booked change of a {@link Bridge} by input. The events come out first (the book after them
 * valued at the opening inputs, less the amounts booked on their dates); then the substituted factors
 * move from the opening to the closing inputs, every state valued on the same paths and rounded to the
 * cent, so that the steps telescope; last, the reported measurements replace the common-path values of
 * the end states. The lines of each tranche therefore sum exactly to its booked change.
 */
public final class Attributor {

  public static final Attributor DEFAULT = new Attributor();

  private Attributor() {
  }

  public Attribution attribute(Bridge bridge, AttributionOrder order) {
    List<String> tranches = bridge.tranches();
    Substitution substitution = new Substitution(bridge.start(), bridge.end());
    CommonPaths paths = new CommonPaths(tranches);
    Optional<Integer> before = bridge.beforeEvents().map(inputs -> paths.state(inputs, "the book before its events"));
    int start = paths.state(substitution.at(Set.of()), "no input");
    Optional<Integer> events = before.map(b -> paths.difference(start, b));
    Split split = order instanceof AttributionOrder.Sequential sequential
        ? SequentialSplit.of(sequential.factors(), substitution, paths, start)
        : ShapleySplit.of(substitution, paths, start);
    if (tranches.isEmpty()) {
      return new Attribution(order, List.of(), new TrancheAttribution("total", zeros(before.isPresent(), order)));
    }
    Values values = paths.run(bridge.start().settings());
    int first = before.orElse(start);
    List<TrancheAttribution> lines = new ArrayList<>();
    List<List<Step>> byTranche = new ArrayList<>();
    for (int i = 0; i < tranches.size(); i++) {
      String id = tranches.get(i);
      List<Step> steps = new ArrayList<>();
      if (events.isPresent()) {
        BigDecimal amount = values.cents(start, i).subtract(values.cents(first, i)).subtract(bridge.events(id));
        steps.add(new Step(Factor.EVENTS, amount, values.combination(events.get(), i).standardError()));
      }
      List<BigDecimal> amounts = split.amounts(values, i);
      for (int k = 0; k < order.factors().size(); k++) {
        steps.add(new Step(order.factors().get(k), amounts.get(k), split.standardError(values, k, i)));
      }
      steps.add(sampling(bridge, values, first, split.end(), i, id));
      lines.add(new TrancheAttribution(id, steps));
      byTranche.add(steps);
    }
    return new Attribution(order, lines, total(byTranche, values, events, split, first, tranches.size()));
  }

  /**
   * The reported values less the common-path values of the first and last states; each nonzero end adds
   * the variance of two estimates of one value, drawn on different normals.
   */
  private static Step sampling(Bridge bridge, Values values, int first, int end, int i, String id) {
    BigDecimal atEnd = bridge.closing(id).subtract(values.cents(end, i));
    BigDecimal atStart = values.cents(first, i).subtract(bridge.opening(id));
    double variance = (atEnd.signum() == 0 ? 0 : 2 * square(values.state(end, i)))
        + (atStart.signum() == 0 ? 0 : 2 * square(values.state(first, i)));
    return new Step(Factor.SAMPLING, atEnd.add(atStart), Math.sqrt(variance));
  }

  private static TrancheAttribution total(List<List<Step>> byTranche, Values values, Optional<Integer> events,
      Split split, int first, int tranches) {
    List<Step> steps = new ArrayList<>();
    int lines = byTranche.get(0).size();
    int book = tranches;
    for (int k = 0; k < lines; k++) {
      Factor factor = byTranche.get(0).get(k).factor();
      BigDecimal amount = Money.zero();
      boolean moved = false;
      for (List<Step> tranche : byTranche) {
        amount = amount.add(tranche.get(k).amount());
        moved |= tranche.get(k).standardError() > 0 || tranche.get(k).amount().signum() != 0;
      }
      double error;
      if (factor == Factor.EVENTS) {
        error = values.combination(events.orElseThrow(), book).standardError();
      } else if (factor == Factor.SAMPLING) {
        error = moved ? Math.sqrt(2 * square(values.state(split.end(), book)) + 2 * square(values.state(first, book)))
            : 0;
      } else {
        error = split.standardError(values, k - (events.isPresent() ? 1 : 0), book);
      }
      steps.add(new Step(factor, amount, error));
    }
    return new TrancheAttribution("total", steps);
  }

  /** A split of no change: every line zero, with the events line where the span had events. */
  static List<Step> zeros(boolean events, AttributionOrder order) {
    List<Step> steps = new ArrayList<>();
    if (events) {
      steps.add(new Step(Factor.EVENTS, Money.zero(), 0));
    }
    order.factors().forEach(factor -> steps.add(new Step(factor, Money.zero(), 0)));
    steps.add(new Step(Factor.SAMPLING, Money.zero(), 0));
    return steps;
  }

  private static double square(Estimate estimate) {
    return estimate.standardError() * estimate.standardError();
  }

  /** How the substituted factors share the change from the start state to the end state. */
  interface Split {

    /** The end state: every factor at its closing value. */
    int end();

    /** Per factor, in the order's order, the amount of {@code tranche}; they sum to its end less start. */
    List<BigDecimal> amounts(Values values, int tranche);

    /** The standard error of factor {@code k}'s amount for {@code tranche} (the book at the last index). */
    double standardError(Values values, int k, int tranche);
  }

  static String describe(Set<Factor> closed) {
    return closed.isEmpty() ? "no input" : EnumSet.copyOf(closed).toString().toLowerCase(Locale.ROOT)
        + " at their closing values";
  }
}
