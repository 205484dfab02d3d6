package org.warrantlab.cli.workbook;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warrantlab.attribution.Attribution;
import org.warrantlab.attribution.AttributionOrder;
import org.warrantlab.attribution.Comparison;
import org.warrantlab.attribution.Step;
import org.warrantlab.attribution.TrancheAttribution;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.report.AttributionText;
import org.warrantlab.cli.workbook.Styles.Number;

/**
 * A comparison's workbook: Summary (both files, the totals and their difference, the audit trail of each), each
 * file's inputs, a Comparison sheet whose differences and totals are formulas, and the Difference by input sheet,
 * whose tranche changes are the sums of their lines and whose totals add up the tranches.
 */
public final class CompareWorkbook {

  private static final String COMPARISON = "Comparison";
  private static final String BY_INPUT = "Difference by input";

  private CompareWorkbook() {
  }

  /**
   * One run of {@code compare --format xlsx}.
   *
   * @param firstInput the first file's input, as read
   * @param secondInput the second file's input
   * @param comparison the two valuations and the split of their difference
   * @param firstAudit the trail of the first file, whose simulation settings every state uses
   * @param secondAudit the trail of the second file
   */
  public record Run(ValuationInput firstInput, ValuationInput secondInput, Comparison comparison,
      AuditTrail firstAudit, AuditTrail secondAudit) {
  }

  public static byte[] bytes(Run run) {
    PoiLogging.useSimpleLogger();
    Comparison comparison = run.comparison();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SummarySheet summary = new SummarySheet(new SheetBuilder(workbook, styles, SummarySheet.NAME),
        "Comparison of two valuations", run.firstInput().entity());
    ValuationWorkbook.inputs(new SheetBuilder(workbook, styles, "First inputs"), run.firstInput().market(),
        run.firstInput().financings());
    ValuationWorkbook.inputs(new SheetBuilder(workbook, styles, "Second inputs"), run.secondInput().market(),
        run.secondInput().financings());
    Map<String, BigDecimal> first = Comparison.booked(comparison.first());
    Map<String, BigDecimal> second = Comparison.booked(comparison.second());
    List<String> totals = comparisonSheet(new SheetBuilder(workbook, styles, COMPARISON), comparison, first, second);
    byInputSheet(new SheetBuilder(workbook, styles, BY_INPUT), comparison.attribution());
    summary.text("First input", run.firstAudit().input());
    summary.text("First valued on", comparison.first().market().valuationDate().toString());
    summary.text("Second input", run.secondAudit().input());
    summary.text("Second valued on", comparison.second().market().valuationDate().toString());
    BigDecimal firstTotal = sum(first);
    BigDecimal secondTotal = sum(second);
    summary.formula("First total fair value", totals.get(0), Number.MONEY, firstTotal.doubleValue());
    summary.formula("Second total fair value", totals.get(1), Number.MONEY, secondTotal.doubleValue());
    summary.formula("Difference, second less first", totals.get(2), Number.MONEY,
        secondTotal.subtract(firstTotal).doubleValue());
    summary.text("Split", comparison.attribution().order() instanceof AttributionOrder.Shapley ? "Shapley values"
        : "sequential substitution; every state on the first file's simulation settings and the same paths");
    summary.method(comparison.first().settings(), run.firstAudit());
    summary.text("Second input SHA-256", run.secondAudit().inputSha256());
    summary.number("Second input's paths", run.secondAudit().paths(), Number.COUNT);
    summary.number("Second input's seed", run.secondAudit().seed(), Number.INTEGER);
    summary.text("Second input's sampling", run.secondAudit().method());
    summary.notes(run.firstInput().notes());
    summary.finish();
    workbook.setActiveSheet(0);
    return WorkbookFile.bytes(workbook);
  }

  /** A row per tranche and the total; returns the total row's first, second and difference cells. */
  private static List<String> comparisonSheet(SheetBuilder sheet, Comparison comparison, Map<String, BigDecimal> first,
      Map<String, BigDecimal> second) {
    sheet.title("Fair value per tranche: " + comparison.first().market().valuationDate() + " and "
        + comparison.second().market().valuationDate());
    List<String> headers = List.of("Tranche", "First", "Second", "Difference");
    sheet.headers(headers);
    int firstRow = sheet.current() + 2;
    for (TrancheAttribution tranche : comparison.attribution().tranches()) {
      String id = tranche.trancheId();
      sheet.row();
      int excelRow = sheet.current() + 1;
      sheet.text(0, id);
      sheet.number(1, first.get(id).doubleValue(), Number.MONEY);
      sheet.number(2, second.get(id).doubleValue(), Number.MONEY);
      sheet.formula(3, "C" + excelRow + "-B" + excelRow, Number.MONEY,
          second.get(id).subtract(first.get(id)).doubleValue());
    }
    int lastRow = sheet.current() + 1;
    sheet.row();
    sheet.label(0, "Total");
    BigDecimal a = sum(first);
    BigDecimal b = sum(second);
    List<String> totals = new ArrayList<>();
    totals.add(sheet.external(sheet.total(1, "SUM(B" + firstRow + ":B" + lastRow + ")", Number.MONEY,
        a.doubleValue())));
    totals.add(sheet.external(sheet.total(2, "SUM(C" + firstRow + ":C" + lastRow + ")", Number.MONEY,
        b.doubleValue())));
    totals.add(sheet.external(sheet.total(3, "SUM(D" + firstRow + ":D" + lastRow + ")", Number.MONEY,
        b.subtract(a).doubleValue())));
    sheet.skip();
    sheet.row();
    sheet.note(0, "Each tranche's fair value rounded to the cent, as booked; the difference is the second less the"
        + " first.");
    sheet.finish(2, headers.size() - 1);
    return totals;
  }

  /** A line per input, a column per tranche; the totals and the change per tranche are formulas. */
  private static void byInputSheet(SheetBuilder sheet, Attribution attribution) {
    sheet.title("Difference by input");
    List<String> headers = new ArrayList<>(List.of("Input"));
    attribution.tranches().forEach(tranche -> headers.add(tranche.trancheId()));
    int totalColumn = headers.size();
    headers.addAll(List.of("Total", "Std error", "Share of the change"));
    sheet.headers(headers);
    String firstTranche = column(1);
    String lastTranche = column(totalColumn - 1);
    String total = column(totalColumn);
    TrancheAttribution book = attribution.total();
    int firstRow = sheet.current() + 2;
    int changeRow = firstRow + book.steps().size();
    for (int k = 0; k < book.steps().size(); k++) {
      Step step = book.steps().get(k);
      sheet.row();
      int excelRow = sheet.current() + 1;
      sheet.text(0, AttributionText.caption(step.factor()));
      for (int t = 0; t < attribution.tranches().size(); t++) {
        sheet.number(1 + t, attribution.tranches().get(t).steps().get(k).amount().doubleValue(), Number.MONEY);
      }
      sheet.formula(totalColumn, "SUM(" + firstTranche + excelRow + ":" + lastTranche + excelRow + ")",
          Number.MONEY, step.amount().doubleValue());
      sheet.number(totalColumn + 1, step.standardError(), Number.MONEY);
      if (book.change().signum() != 0) {
        sheet.formula(totalColumn + 2, total + excelRow + "/" + total + "$" + changeRow, Number.PERCENT,
            step.amount().doubleValue() / book.change().doubleValue());
      }
    }
    int lastRow = sheet.current() + 1;
    sheet.row();
    sheet.label(0, "Change in fair value");
    for (int col = 1; col <= totalColumn; col++) {
      String letter = column(col);
      BigDecimal change = col < totalColumn ? attribution.tranches().get(col - 1).change() : book.change();
      sheet.total(col, "SUM(" + letter + firstRow + ":" + letter + lastRow + ")", Number.MONEY, change.doubleValue());
    }
    sheet.skip();
    sheet.row();
    sheet.note(0, "Every state valued on the same paths and rounded to the cent, so that the lines sum exactly to"
        + " the change; the change of each tranche equals its difference on the Comparison sheet. Std error: of"
        + " the total's line, from the paired difference on those paths.");
    sheet.finish(2, headers.size() - 1);
  }

  private static String column(int index) {
    return CellReference.convertNumToColString(index);
  }

  private static BigDecimal sum(Map<String, BigDecimal> values) {
    return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
