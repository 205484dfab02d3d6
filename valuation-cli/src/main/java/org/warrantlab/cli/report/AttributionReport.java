package org.warrantlab.cli.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.warrantlab.attribution.Attribution;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.attribution.Step;
import org.warrantlab.attribution.TrancheAttribution;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.PeriodRollForward;

/** The attribution of a change in fair value for people: a table per span, a line per input. */
public final class AttributionReport {

  static final String MARK = "*";

  private AttributionReport() {
  }

  /** The roll-forward's attribution section: how it was made, then each period and year to date. */
  static void write(LiabilityRollForward result, RollForwardAttribution attribution, Document document) {
    document.heading(2, "Attribution of the change in fair value");
    document.paragraph(method(attribution.periods().get(0)) + " Events booked on their own lines come out first:"
        + " the book after them is valued at the opening inputs, and the amounts booked on their dates are taken"
        + " off; so the contract terms that change in the substitution are the anti-dilution adjustments."
        + " Monte Carlo sampling is the reported measurements less the same inputs valued on the common paths."
        + " A year to date adds up its periods; its standard errors are the sums of theirs.");
    for (int k = 0; k < result.periods().size(); k++) {
      PeriodRollForward period = result.periods().get(k);
      document.heading(3, "Period " + period.firstDay() + " to " + period.end());
      document.table(table(attribution.periods().get(k)));
      PeriodRollForward yearToDate = result.yearToDate().get(k);
      if (!yearToDate.start().equals(period.start())) {
        document.heading(3, "Fiscal year to date " + yearToDate.firstDay() + " to " + yearToDate.end());
        document.table(table(attribution.yearToDate().get(k)));
      }
    }
  }

  /** The sentence that says how a split was made and what the marks mean. */
  static String method(Attribution attribution) {
    return "Split by " + AttributionText.order(attribution.order()) + ", every state valued on the same"
        + " paths (same seed, same normals) and rounded to the cent, so that the lines sum exactly to the change."
        + " Std error: of the total's line, from the paired difference on those paths; " + MARK
        + " marks a line smaller than its standard error, not distinguishable from zero.";
  }

  /** A line per input, a column per tranche, the total with its standard error and share of the change. */
  static TextTable table(Attribution attribution) {
    List<String> headers = new ArrayList<>(List.of(""));
    attribution.tranches().forEach(tranche -> headers.add(tranche.trancheId()));
    headers.addAll(List.of("Total", "Std error", "Share", ""));
    TextTable table = new TextTable(headers, 1).together(headers.size() - 4, headers.size() - 1);
    TrancheAttribution total = attribution.total();
    for (int k = 0; k < total.steps().size(); k++) {
      Step step = total.steps().get(k);
      List<String> cells = new ArrayList<>(List.of(AttributionText.caption(step.factor())));
      for (TrancheAttribution tranche : attribution.tranches()) {
        cells.add(Amounts.money(tranche.steps().get(k).amount()));
      }
      cells.add(Amounts.money(step.amount()));
      cells.add(String.format(Locale.US, "%,.2f", step.standardError()));
      cells.add(share(step.amount(), total.change()));
      cells.add(step.distinguishable() ? "" : MARK);
      table.row(cells);
    }
    List<String> change = new ArrayList<>(List.of("Change in fair value"));
    attribution.tranches().forEach(tranche -> change.add(Amounts.money(tranche.change())));
    change.add(Amounts.money(total.change()));
    change.addAll(List.of("", total.change().signum() == 0 ? "" : "100.0%", ""));
    table.row(change);
    return table;
  }

  private static String share(BigDecimal amount, BigDecimal change) {
    return change.signum() == 0 ? "" : AttributionRows.share(amount, change).toPlainString() + "%";
  }
}
