package org.warrantlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.cli.input.InputPath;

/**
 * The inputs of a tornado chart and their low and high settings. By default the Level 3 inputs a
 * filing discloses: share price and volatility ±10% of their values, the risk-free rate and dividend
 * yield ±1 point (the low setting never pushed below zero), every tranche's remaining term ±10%, and for each
 * financing assumption its probability ±0.25 (within 0 and 1; a Poisson intensity ×0.5 and ×1.5) and its
 * discount ±5 points (within 0 and 0.95). A {@code --range PATH=LOW:HIGH} replaces the default of that
 * input or adds one.
 */
final class TornadoInputs {

  static final double RELATIVE = 0.10;
  static final double POINT = 0.01;
  static final double PROBABILITY = 0.25;
  static final double DISCOUNT = 0.05;

  /** One input's two settings: the changes to the file and how to describe them. */
  record Shock(String key, String input, Map<InputPath, JsonNode> low, Map<InputPath, JsonNode> high,
      String lowText, String highText, boolean percent) {
  }

  private final JsonNode document;
  private final List<Shock> shocks = new ArrayList<>();

  private TornadoInputs(JsonNode document) {
    this.document = document;
  }

  /** The default inputs of {@code document}, with {@code ranges} replacing or adding to them. */
  static List<Shock> of(JsonNode document, List<Range> ranges) {
    TornadoInputs inputs = new TornadoInputs(document);
    inputs.relative("market.spot", "Share price", false);
    inputs.relative("market.volatility", "Volatility", true);
    inputs.points("market.riskFreeRate", "Risk-free rate");
    inputs.points("market.dividendYield", "Dividend yield");
    inputs.term();
    JsonNode financings = document.path("financings");
    for (int i = 0; i < financings.size(); i++) {
      inputs.financing(i, financings.get(i));
    }
    for (Range range : ranges) {
      inputs.replace(range);
    }
    return List.copyOf(inputs.shocks);
  }

  /** A {@code --range}: an input path and its low and high values. */
  record Range(InputPath path, double low, double high) {
  }

  private void relative(String path, String input, boolean percent) {
    double base = InputPath.parse(path).number(document);
    add(path, input, base * (1 - RELATIVE), base * (1 + RELATIVE), percent);
  }

  /** ±1 point, the low setting never pushed below zero (a negative base stays where it is). */
  private void points(String path, String input) {
    InputPath field = InputPath.parse(path);
    double base = field.optionalNumber(document).orElse(0.0);
    add(path, input, Math.min(base, Math.max(0, base - POINT)), base + POINT, true);
  }

  private void financing(int index, JsonNode financing) {
    String prefix = "financings[" + index + "].";
    if (financing.path("probability").isNumber()) {
      double p = financing.get("probability").doubleValue();
      add(prefix + "probability", "Financing [" + index + "] probability", Math.max(0, p - PROBABILITY),
          Math.min(1, p + PROBABILITY), false);
    } else if (financing.path("intensity").isNumber()) {
      double intensity = financing.get("intensity").doubleValue();
      add(prefix + "intensity", "Financing [" + index + "] intensity", intensity * 0.5, intensity * 1.5, false);
    }
    double discount = financing.path("discount").isNumber() ? financing.get("discount").doubleValue() : 0.0;
    add(prefix + "discount", "Financing [" + index + "] discount", Math.max(0, discount - DISCOUNT),
        Math.min(0.95, discount + DISCOUNT), true);
  }

  /** Every tranche's remaining term shortened and lengthened by 10%, in whole days. */
  private void term() {
    LocalDate valuationDate = LocalDate.parse(document.path("valuationDate").asText());
    JsonNode warrants = document.path("warrants");
    Map<InputPath, JsonNode> low = new LinkedHashMap<>();
    Map<InputPath, JsonNode> high = new LinkedHashMap<>();
    for (int i = 0; i < warrants.size(); i++) {
      InputPath expiry = InputPath.parse("warrants[" + i + "].expiryDate");
      long days = ChronoUnit.DAYS.between(valuationDate, LocalDate.parse(expiry.text(document)));
      long change = Math.round(days * RELATIVE);
      low.put(expiry, TextNode.valueOf(valuationDate.plusDays(days - change).toString()));
      high.put(expiry, TextNode.valueOf(valuationDate.plusDays(days + change).toString()));
    }
    shocks.add(new Shock("term", "Term", low, high, "-10%", "+10%", false));
  }

  private void add(String path, String input, double low, double high, boolean percent) {
    InputPath field = InputPath.parse(path);
    shocks.add(new Shock(path, input, Map.of(field, DoubleNode.valueOf(low)), Map.of(field, DoubleNode.valueOf(high)),
        text(low, percent), text(high, percent), percent));
  }

  private void replace(Range range) {
    String key = range.path().toString();
    int existing = -1;
    for (int i = 0; i < shocks.size(); i++) {
      if (shocks.get(i).key().equals(key)) {
        existing = i;
      }
    }
    String input = existing < 0 ? key : shocks.get(existing).input();
    boolean percent = existing >= 0 && shocks.get(existing).percent();
    Shock shock = new Shock(key, input, Map.of(range.path(), DoubleNode.valueOf(range.low())),
        Map.of(range.path(), DoubleNode.valueOf(range.high())), text(range.low(), percent),
        text(range.high(), percent), percent);
    if (existing < 0) {
      shocks.add(shock);
    } else {
      shocks.set(existing, shock);
    }
  }

  private static String text(double value, boolean percent) {
    return percent ? String.format(Locale.US, "%.2f%%", 100 * value) : String.format(Locale.US, "%.4f", value);
  }
}
