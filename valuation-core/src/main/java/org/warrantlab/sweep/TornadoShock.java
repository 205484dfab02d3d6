package org.warrantlab.sweep;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.Perturbation;

/**
 * One input of a tornado chart and its two settings: the perturbations that move it to its low and to its
 * high setting, and how each setting reads in a report.
 *
 * @param input what moves, e.g. "Volatility"
 * @param place where the input lives, when it is one number (the term, every tranche's expiry, is not)
 * @param low the perturbations of the low setting, applied in order
 * @param high the perturbations of the high setting
 * @param lowText the low setting in words, e.g. "72.00%"
 * @param highText the high setting in words
 * @param setting the two settings as numbers, and whether they are values, fractions or relative changes
 */
public record TornadoShock(String input, Optional<NumericInput> place, List<Perturbation> low,
    List<Perturbation> high, String lowText, String highText, TornadoSetting setting) {

  public TornadoShock {
    Checks.notNull(input, "input");
    Checks.notNull(place, "place");
    low = List.copyOf(low);
    high = List.copyOf(high);
    Checks.notNull(lowText, "lowText");
    Checks.notNull(highText, "highText");
    Checks.notNull(setting, "setting");
  }

  /** The number at {@code place} set to {@code low} and to {@code high}, shown as percentages or as decimals. */
  public static TornadoShock of(String input, NumericInput place, double low, double high, boolean percent) {
    return new TornadoShock(input, Optional.of(place), List.of(Perturbation.set(place, low)),
        List.of(Perturbation.set(place, high)), text(low, percent), text(high, percent),
        new TornadoSetting(low, high, percent ? TornadoSetting.Unit.FRACTION : TornadoSetting.Unit.VALUE));
  }

  /** The same input with other low and high settings; only an input that is one number has them. */
  public TornadoShock withSettings(double newLow, double newHigh) {
    NumericInput number = place.orElseThrow(() -> new InvalidValueException(input, "is not one number, so it"
        + " has no low and high values to set"));
    return of(input, number, newLow, newHigh, setting.unit() == TornadoSetting.Unit.FRACTION);
  }

  private static String text(double value, boolean percent) {
    return percent ? String.format(Locale.US, "%.2f%%", 100 * value) : String.format(Locale.US, "%.4f", value);
  }
}
