package org.warrantlab.calibration;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleFunction;
import org.warrantlab.result.Estimate;

/**
 * The values a calibration has tried, by input: each input is valued once, and the calibration's bracket and
 * refusals read what was tried.
 */
final class Trials {

  private final DoubleFunction<Estimate> valuation;
  private final double price;
  private final TreeMap<Double, Estimate> tried = new TreeMap<>();

  Trials(DoubleFunction<Estimate> valuation, double price) {
    this.valuation = valuation;
    this.price = price;
  }

  /** The model's value at {@code input}. */
  Estimate valueAt(double input) {
    return tried.computeIfAbsent(input, valuation::apply);
  }

  /** The value at {@code input} less the price. */
  double gap(double input) {
    return valueAt(input).value() - price;
  }

  /** How many inputs have been valued. */
  int count() {
    return tried.size();
  }

  /** The tried input whose value is nearest the price: the least value when all exceed it, else the greatest. */
  Map.Entry<Double, Estimate> nearest() {
    return tried.entrySet().stream()
        .min((a, b) -> Double.compare(Math.abs(a.getValue().value() - price), Math.abs(b.getValue().value() - price)))
        .orElseThrow();
  }

  /**
   * The narrowest interval of tried inputs within {@code [lower, upper]} that holds {@code solved} and whose
   * ends' gaps are on the sides of the price that {@code lower}'s and {@code upper}'s are (a zero gap is on
   * both).
   */
  double[] bracket(double lower, double upper, double solved) {
    double lowerSide = Math.signum(gap(lower));
    double from = tried.subMap(lower, true, solved, true).entrySet().stream()
        .filter(t -> Math.signum(t.getValue().value() - price) != -lowerSide).mapToDouble(Map.Entry::getKey).max()
        .orElse(lower);
    double to = tried.subMap(solved, true, upper, true).entrySet().stream()
        .filter(t -> Math.signum(t.getValue().value() - price) != lowerSide).mapToDouble(Map.Entry::getKey).min()
        .orElse(upper);
    return new double[] {from, to};
  }
}
