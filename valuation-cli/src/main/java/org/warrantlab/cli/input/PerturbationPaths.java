package org.warrantlab.cli.input;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.warrantlab.scenario.CurveField;
import org.warrantlab.scenario.FinancingField;
import org.warrantlab.scenario.MarketField;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.scenario.PriceField;
import org.warrantlab.scenario.SettingsField;
import org.warrantlab.scenario.TrancheField;

/**
 * Maps the JSON path of a number in a {@code value} input ({@code market.volatility},
 * {@code warrants[1].exercisePrice}, {@code financings[0].probability}) to the core's place of that number,
 * so that sweeps and the tornado perturb the inputs rather than the file's text.
 */
public final class PerturbationPaths {

  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");
  private static final String[] POSITIONS = {"[i]", "[j]"};

  /** Every supported path, positions written [i] and [j], and the place it names given the positions. */
  private static final Map<String, Function<int[], NumericInput>> PLACES = places();

  private PerturbationPaths() {
  }

  /**
   * The place {@code path} names; fails with a one-line reason (the path's syntax, or the list of supported
   * paths) when it names none. Whether the file has that tranche or financing is known only when applied.
   */
  public static NumericInput number(String path) {
    InputPath.parse(path);
    List<Integer> positions = new ArrayList<>();
    Matcher index = INDEX.matcher(path);
    StringBuilder template = new StringBuilder();
    while (index.find()) {
      if (positions.size() == POSITIONS.length) {
        throw unsupported(path);
      }
      index.appendReplacement(template, Matcher.quoteReplacement(POSITIONS[positions.size()]));
      positions.add(Integer.parseInt(index.group(1)));
    }
    index.appendTail(template);
    Function<int[], NumericInput> place = PLACES.get(template.toString());
    if (place == null) {
      throw unsupported(path);
    }
    return place.apply(positions.stream().mapToInt(Integer::intValue).toArray());
  }

  /** The supported paths, e.g. {@code warrants[i].exercisePrice}. */
  public static List<String> supported() {
    return List.copyOf(PLACES.keySet());
  }

  private static IllegalArgumentException unsupported(String path) {
    return new IllegalArgumentException(path + " is not an input that can be varied; the inputs are " + listing());
  }

  /** The supported paths grouped by their first step: market.{spot, volatility, ...}, warrants[i].{...}, ... */
  private static String listing() {
    Map<String, List<String>> groups = new LinkedHashMap<>();
    for (String template : PLACES.keySet()) {
      int dot = template.indexOf('.');
      groups.computeIfAbsent(template.substring(0, dot), first -> new ArrayList<>()).add(template.substring(dot + 1));
    }
    List<String> listed = new ArrayList<>();
    groups.forEach((first, rest) -> listed.add(first + ".{" + String.join(", ", rest) + "}"));
    return String.join(", ", listed);
  }

  private static Map<String, Function<int[], NumericInput>> places() {
    Map<String, Function<int[], NumericInput>> places = new LinkedHashMap<>();
    market(places, "spot", MarketField.SPOT);
    market(places, "volatility", MarketField.VOLATILITY);
    places.put("market.volatilityCurve[i].volatility", at -> NumericInput.curvePoint(CurveField.VOLATILITY, at[0]));
    market(places, "riskFreeRate", MarketField.RISK_FREE_RATE);
    places.put("market.riskFreeCurve[i].rate", at -> NumericInput.curvePoint(CurveField.RISK_FREE_RATE, at[0]));
    market(places, "dividendYield", MarketField.DIVIDEND_YIELD);
    market(places, "sharesOutstanding", MarketField.SHARES_OUTSTANDING);
    tranche(places, "count", TrancheField.COUNT);
    tranche(places, "sharesPerWarrant", TrancheField.SHARES_PER_WARRANT);
    tranche(places, "exercisePrice", TrancheField.EXERCISE_PRICE);
    tranche(places, "antiDilution.floor", TrancheField.FLOOR);
    tranche(places, "antiDilution.maxResets", TrancheField.MAX_RESETS);
    places.put("warrants[i].scheduledResets[j].price", at -> NumericInput.scheduledReset(at[0], at[1],
        PriceField.FIXED_PRICE));
    places.put("warrants[i].scheduledResets[j].vwapDays", at -> NumericInput.scheduledReset(at[0], at[1],
        PriceField.VWAP_DAYS));
    financing(places, "probability", FinancingField.PROBABILITY);
    financing(places, "intensity", FinancingField.INTENSITY);
    financing(places, "amount", FinancingField.AMOUNT);
    financing(places, "shares", FinancingField.SHARES);
    financing(places, "maxShares", FinancingField.MAX_SHARES);
    financing(places, "maxAmount", FinancingField.MAX_AMOUNT);
    financing(places, "discount", FinancingField.DISCOUNT);
    financing(places, "price", FinancingField.FIXED_PRICE);
    financing(places, "vwapDays", FinancingField.VWAP_DAYS);
    settings(places, "paths", SettingsField.PATHS);
    settings(places, "seed", SettingsField.SEED);
    settings(places, "randomisations", SettingsField.RANDOMISATIONS);
    settings(places, "earlyExercise.datesPerYear", SettingsField.EXERCISE_DATES_PER_YEAR);
    settings(places, "earlyExercise.calibrationPaths", SettingsField.CALIBRATION_PATHS);
    settings(places, "earlyExercise.degree", SettingsField.REGRESSION_DEGREE);
    return places;
  }

  private static void market(Map<String, Function<int[], NumericInput>> places, String name, MarketField field) {
    places.put("market." + name, at -> NumericInput.market(field));
  }

  private static void tranche(Map<String, Function<int[], NumericInput>> places, String name, TrancheField field) {
    places.put("warrants[i]." + name, at -> NumericInput.tranche(at[0], field));
  }

  private static void financing(Map<String, Function<int[], NumericInput>> places, String name,
      FinancingField field) {
    places.put("financings[i]." + name, at -> NumericInput.financing(at[0], field));
  }

  private static void settings(Map<String, Function<int[], NumericInput>> places, String name, SettingsField field) {
    places.put("simulation." + name, at -> NumericInput.settings(field));
  }
}
