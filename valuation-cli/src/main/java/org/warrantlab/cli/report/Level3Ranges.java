package org.warrantlab.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.TrancheMeasurement;
import org.warrantlab.market.MarketData;

/**
 * For each measurement date and significant input, the range over the tranches and the average weighted by
 * the tranches' fair values: the quantitative disclosure ASC 820-10-50-2(bbb) asks of Level 3 inputs.
 */
public final class Level3Ranges {

  /** The inputs disclosed, each read from a tranche's measurement and the date's market. */
  public enum Input {
    EXERCISE_PRICE("Exercise price", (t, m) -> t.valuation().warrant().warrant().exercisePrice()),
    TERM_YEARS("Term (years)", (t, m) -> t.valuation().warrant().timeToExpiry()),
    VOLATILITY("Volatility", (t, m) -> m.volatility()),
    RISK_FREE_RATE("Risk-free rate (continuous)", (t, m) -> m.continuousRate()),
    DIVIDEND_YIELD("Dividend yield", (t, m) -> m.dividendYield());

    private final String caption;
    private final ToDoubleBiFunction<TrancheMeasurement, MarketData> value;

    Input(String caption, ToDoubleBiFunction<TrancheMeasurement, MarketData> value) {
      this.caption = caption;
      this.value = value;
    }

    public String caption() {
      return caption;
    }

    /** The input's value for one tranche on the date of {@code market}. */
    public double of(TrancheMeasurement tranche, MarketData market) {
      return value.applyAsDouble(tranche, market);
    }
  }

  public static final List<String> COLUMNS = List.of("date", "input", "low", "high", "weightedAverage");

  private Level3Ranges() {
  }

  /**
   * A row per date with tranches outstanding and per input; the average is null when every fair value is nil.
   * A tranche calibrated at issue counts at its carried input, and its row then says {@code calibrated}.
   */
  public static List<Map<String, Object>> rows(LiabilityRollForward result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReportingDateMeasurement measurement : result.measurements()) {
      if (measurement.tranches().isEmpty()) {
        continue;
      }
      for (Input input : Input.values()) {
        rows.add(row(result, measurement, input));
      }
    }
    return rows;
  }

  private static Map<String, Object> row(LiabilityRollForward result, ReportingDateMeasurement measurement,
      Input input) {
    MarketData market = measurement.inputs().market();
    boolean calibrated = false;
    double low = Double.POSITIVE_INFINITY;
    double high = Double.NEGATIVE_INFINITY;
    double weighted = 0;
    double weights = 0;
    for (TrancheMeasurement tranche : measurement.tranches()) {
      double value = input.of(tranche, result.marketOf(tranche.trancheId(), measurement));
      calibrated |= value != input.of(tranche, market);
      double weight = tranche.fairValue().doubleValue();
      low = Math.min(low, value);
      high = Math.max(high, value);
      weighted += value * weight;
      weights += weight;
    }
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("date", measurement.date().toString());
    row.put("input", input.name());
    row.put("low", low);
    row.put("high", high);
    row.put("weightedAverage", measurement.totalFairValue().compareTo(BigDecimal.ZERO) == 0 ? null : weighted / weights);
    if (calibrated) {
      row.put("calibrated", true);
    }
    return row;
  }
}
