package org.warrantlab.cli.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.PeriodRollForward;
import org.warrantlab.accounting.RecordedEvent;
import org.warrantlab.accounting.ReportingDateMeasurement;
import org.warrantlab.accounting.RollForwardLine;
import org.warrantlab.accounting.TrancheLine;
import org.warrantlab.accounting.TrancheMeasurement;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.result.Estimate;

/**
 * The roll-forward's tables as rows of named fields, the one source of the CSV and JSON reports.
 * Amounts booked are exact decimals to the cent; Monte Carlo figures are at full precision.
 */
public final class RollForwardRows {

  /** The tables of the roll-forward and their columns; CSV writes one of them, JSON all. */
  public enum Table {
    ROLLFORWARD("span", "from", "to", "tranche", "opening", "issuances", "exercises", "expirations",
        "modifications", "changeInFairValue", "closing"),
    EARNINGS("span", "from", "to", "changeInFairValue", "weightedAverageShares", "sharesDayWeighted", "perShare"),
    EVENTS("date", "tranche", "event", "terms", "count", "perWarrantBefore", "perWarrantBeforeStandardError",
        "perWarrantAfter", "perWarrantAfterStandardError", "line", "amount"),
    LEVEL3("date", "tranche", "count", "spot", "exercisePrice", "sharesPerWarrant", "volatility", "riskFreeRate",
        "rateCompounding", "continuousRate", "termYears", "dividendYield", "sharesOutstanding",
        "financingAssumptions", "fairValuePerWarrant", "standardError", "fairValue");

    private final List<String> columns;

    Table(String... columns) {
      this.columns = List.of(columns);
    }

    public List<String> columns() {
      return columns;
    }
  }

  private RollForwardRows() {
  }

  public static List<Map<String, Object>> of(Table table, LiabilityRollForward result) {
    return switch (table) {
      case ROLLFORWARD -> rollForward(result);
      case EARNINGS -> earnings(result);
      case EVENTS -> events(result);
      case LEVEL3 -> level3(result);
    };
  }

  /** Per period and fiscal year to date, a row per tranche and a TOTAL row. */
  private static List<Map<String, Object>> rollForward(LiabilityRollForward result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < result.periods().size(); k++) {
      addSpan(rows, "PERIOD", result.periods().get(k));
      addSpan(rows, "YEAR_TO_DATE", result.yearToDate().get(k));
    }
    return rows;
  }

  private static void addSpan(List<Map<String, Object>> rows, String span, PeriodRollForward period) {
    for (TrancheLine line : period.tranches()) {
      rows.add(lineRow(span, period, line.trancheId(), line.line()));
    }
    rows.add(lineRow(span, period, "TOTAL", period.total()));
  }

  private static Map<String, Object> lineRow(String span, PeriodRollForward period, String tranche,
      RollForwardLine line) {
    Map<String, Object> row = spanRow(span, period);
    row.put("tranche", tranche);
    row.put("opening", line.opening());
    row.put("issuances", line.issuances());
    row.put("exercises", line.exercises());
    row.put("expirations", line.expirations());
    row.put("modifications", line.modifications());
    row.put("changeInFairValue", line.changeInFairValue());
    row.put("closing", line.closing());
    return row;
  }

  private static List<Map<String, Object>> earnings(LiabilityRollForward result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int k = 0; k < result.periods().size(); k++) {
      rows.add(earningsRow("PERIOD", result.periods().get(k)));
      rows.add(earningsRow("YEAR_TO_DATE", result.yearToDate().get(k)));
    }
    return rows;
  }

  private static Map<String, Object> earningsRow(String span, PeriodRollForward period) {
    Map<String, Object> row = spanRow(span, period);
    row.put("changeInFairValue", period.earnings().changeInFairValue());
    row.put("weightedAverageShares", period.earnings().weightedAverageShares());
    row.put("sharesDayWeighted", period.earnings().sharesDayWeighted());
    row.put("perShare", period.earnings().perShare());
    return row;
  }

  private static Map<String, Object> spanRow(String span, PeriodRollForward period) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("span", span);
    row.put("from", period.firstDay().toString());
    row.put("to", period.end().toString());
    return row;
  }

  private static List<Map<String, Object>> events(LiabilityRollForward result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (RecordedEvent recorded : result.events()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("date", recorded.event().date().toString());
      row.put("tranche", recorded.event().trancheId());
      row.put("event", EventText.kind(recorded.event()));
      row.put("terms", EventText.terms(recorded));
      row.put("count", recorded.count());
      putEstimate(row, "perWarrantBefore", recorded.perWarrantBefore());
      putEstimate(row, "perWarrantAfter", recorded.perWarrantAfter());
      row.put("line", recorded.event().lineItem().name());
      row.put("amount", recorded.amount());
      rows.add(row);
    }
    return rows;
  }

  /** The estimate and its standard error; both null (an empty CSV cell) where the event has none. */
  private static void putEstimate(Map<String, Object> row, String name, Optional<Estimate> estimate) {
    row.put(name, estimate.map(Estimate::value).orElse(null));
    row.put(name + "StandardError", estimate.map(Estimate::standardError).orElse(null));
  }

  private static List<Map<String, Object>> level3(LiabilityRollForward result) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ReportingDateMeasurement measurement : result.measurements()) {
      for (TrancheMeasurement tranche : measurement.tranches()) {
        Warrant warrant = tranche.valuation().warrant().warrant();
        MarketData market = result.marketOf(warrant.id(), measurement);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("date", measurement.date().toString());
        row.put("tranche", warrant.id());
        row.put("count", warrant.count());
        row.put("spot", market.spot());
        row.put("exercisePrice", warrant.exercisePrice());
        row.put("sharesPerWarrant", warrant.sharesPerWarrant());
        row.put("volatility", market.volatility());
        row.put("riskFreeRate", market.riskFreeRate().quoted());
        row.put("rateCompounding", market.riskFreeRate().compounding().name());
        row.put("continuousRate", market.continuousRate());
        row.put("termYears", tranche.valuation().warrant().timeToExpiry());
        row.put("dividendYield", market.dividendYield());
        row.put("sharesOutstanding", market.sharesOutstanding());
        row.put("financingAssumptions",
            String.join("; ", measurement.inputs().financings().stream().map(TermsText::financing).toList()));
        row.put("fairValuePerWarrant", tranche.valuation().perWarrant().value());
        row.put("standardError", tranche.valuation().perWarrant().standardError());
        row.put("fairValue", tranche.fairValue());
        if (result.calibrationOf(warrant.id()).isPresent()) {
          row.put("calibrated", result.calibrationOf(warrant.id()).get().terms().name());
        }
        rows.add(row);
      }
    }
    return rows;
  }
}
