package org.warrantlab.sweep;

import org.warrantlab.result.Estimate;

/**
 * One input of a tornado chart: the value measured with the input at its low and at its high setting,
 * everything else at its base.
 *
 * @param input what moves, e.g. "Volatility"
 * @param low the low setting in words, e.g. "72.00%"
 * @param high the high setting in words
 * @param atLow the measured value with the input low
 * @param atHigh the measured value with the input high
 * @param setting the two settings as numbers
 */
public record TornadoBar(String input, String low, String high, Estimate atLow, Estimate atHigh,
    TornadoSetting setting) {

  /** How far apart the two values are: the bar's length. */
  public double swing() {
    return Math.abs(atHigh.value() - atLow.value());
  }
}
