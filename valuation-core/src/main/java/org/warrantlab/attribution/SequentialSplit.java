package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.warrantlab.attribution.CommonPaths.Values;

/** Sequential substitution: each factor's amount is the change its step makes, the earlier ones already made. */
final class SequentialSplit implements Attributor.Split {

  private final List<Integer> chain;
  private final List<Integer> steps;

  private SequentialSplit(List<Integer> chain, List<Integer> steps) {
    this.chain = chain;
    this.steps = steps;
  }

  static SequentialSplit of(List<Factor> order, Substitution substitution, CommonPaths paths, int start) {
    List<Integer> chain = new ArrayList<>(List.of(start));
    List<Integer> steps = new ArrayList<>();
    Set<Factor> closed = EnumSet.noneOf(Factor.class);
    for (Factor factor : order) {
      closed.add(factor);
      int next = paths.state(substitution.at(closed), Attributor.describe(closed));
      steps.add(paths.difference(next, chain.get(chain.size() - 1)));
      chain.add(next);
    }
    return new SequentialSplit(chain, steps);
  }

  @Override
  public int end() {
    return chain.get(chain.size() - 1);
  }

  @Override
  public List<BigDecimal> amounts(Values values, int tranche) {
    List<BigDecimal> amounts = new ArrayList<>();
    for (int k = 1; k < chain.size(); k++) {
      amounts.add(values.cents(chain.get(k), tranche).subtract(values.cents(chain.get(k - 1), tranche)));
    }
    return amounts;
  }

  @Override
  public double standardError(Values values, int k, int tranche) {
    return chain.get(k + 1).equals(chain.get(k)) ? 0 : values.combination(steps.get(k), tranche).standardError();
  }
}
