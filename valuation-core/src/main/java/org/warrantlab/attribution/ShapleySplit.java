package org.warrantlab.attribution;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.warrantlab.accounting.Money;
import org.warrantlab.attribution.CommonPaths.Values;

/**
 * Shapley values: each factor's marginal change averaged over every order of the factors that move
 * (a subset {@code S} before it weighs {@code |S|! (n-|S|-1)! / n!}). Computed in cents on the rounded
 * state values and rounded by largest remainder, so that the amounts still sum exactly.
 */
final class ShapleySplit implements Attributor.Split {

  private final List<Factor> moving;
  private final int[] states;
  private final Map<Factor, Integer> combinations;

  private ShapleySplit(List<Factor> moving, int[] states, Map<Factor, Integer> combinations) {
    this.moving = moving;
    this.states = states;
    this.combinations = combinations;
  }

  static ShapleySplit of(Substitution substitution, CommonPaths paths, int start) {
    List<Factor> moving = Factor.SUBSTITUTED.stream().filter(substitution::moves).toList();
    int n = moving.size();
    int[] states = new int[1 << n];
    states[0] = start;
    for (int mask = 1; mask < states.length; mask++) {
      Set<Factor> closed = closed(moving, mask);
      states[mask] = paths.state(substitution.at(closed), Attributor.describe(closed));
    }
    double orders = factorial(n).doubleValue();
    Map<Factor, Integer> combinations = new HashMap<>();
    for (int j = 0; j < n; j++) {
      Map<Integer, Double> weights = new HashMap<>();
      for (int mask = 0; mask < states.length; mask++) {
        if ((mask & (1 << j)) == 0) {
          double weight = weight(Integer.bitCount(mask), n).doubleValue() / orders;
          weights.merge(states[mask | (1 << j)], weight, Double::sum);
          weights.merge(states[mask], -weight, Double::sum);
        }
      }
      combinations.put(moving.get(j), paths.combination(weights));
    }
    return new ShapleySplit(moving, states, combinations);
  }

  @Override
  public int end() {
    return states[states.length - 1];
  }

  @Override
  public List<BigDecimal> amounts(Values values, int tranche) {
    int n = moving.size();
    BigInteger orders = factorial(n);
    BigInteger[] whole = new BigInteger[n];
    BigInteger[] remainders = new BigInteger[n];
    BigInteger assigned = BigInteger.ZERO;
    for (int j = 0; j < n; j++) {
      BigInteger numerator = BigInteger.ZERO;
      for (int mask = 0; mask < states.length; mask++) {
        if ((mask & (1 << j)) == 0) {
          BigInteger marginal = cents(values, states[mask | (1 << j)], tranche)
              .subtract(cents(values, states[mask], tranche));
          numerator = numerator.add(weight(Integer.bitCount(mask), n).multiply(marginal));
        }
      }
      BigInteger[] division = numerator.divideAndRemainder(orders);
      whole[j] = numerator.signum() < 0 && division[1].signum() != 0 ? division[0].subtract(BigInteger.ONE)
          : division[0];
      remainders[j] = numerator.subtract(whole[j].multiply(orders));
      assigned = assigned.add(whole[j]);
    }
    BigInteger change = cents(values, end(), tranche).subtract(cents(values, states[0], tranche));
    int left = change.subtract(assigned).intValueExact();
    for (int given = 0; given < left; given++) {
      int largest = 0;
      for (int j = 1; j < n; j++) {
        if (remainders[j].compareTo(remainders[largest]) > 0) {
          largest = j;
        }
      }
      whole[largest] = whole[largest].add(BigInteger.ONE);
      remainders[largest] = remainders[largest].subtract(orders);
    }
    List<BigDecimal> amounts = new ArrayList<>();
    for (Factor factor : Factor.SUBSTITUTED) {
      int j = moving.indexOf(factor);
      amounts.add(j < 0 ? Money.zero() : new BigDecimal(whole[j], Money.CENTS));
    }
    return amounts;
  }

  @Override
  public double standardError(Values values, int k, int tranche) {
    Factor factor = Factor.SUBSTITUTED.get(k);
    return combinations.containsKey(factor) ? values.combination(combinations.get(factor), tranche).standardError()
        : 0;
  }

  private static BigInteger cents(Values values, int state, int tranche) {
    return values.cents(state, tranche).unscaledValue();
  }

  private static Set<Factor> closed(List<Factor> moving, int mask) {
    Set<Factor> closed = EnumSet.noneOf(Factor.class);
    for (int j = 0; j < moving.size(); j++) {
      if ((mask & (1 << j)) != 0) {
        closed.add(moving.get(j));
      }
    }
    return closed;
  }

  /** {@code size! (n - size - 1)!}: the orders in which exactly the factors of a subset of that size come first. */
  private static BigInteger weight(int size, int n) {
    return factorial(size).multiply(factorial(n - size - 1));
  }

  private static BigInteger factorial(int n) {
    BigInteger product = BigInteger.ONE;
    for (int k = 2; k <= n; k++) {
      product = product.multiply(BigInteger.valueOf(k));
    }
    return product;
  }
}
