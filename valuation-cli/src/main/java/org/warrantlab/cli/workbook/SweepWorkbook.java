package org.warrantlab.cli.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warrantlab.cli.report.SweepRun;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;
import org.warrantlab.sweep.SweepGrid;

/**
 * A sweep's workbook: Summary (what was varied, the audit trail), the file's inputs, and a Sweep sheet with a row
 * per cell: the inputs, the followed figure and its standard error, and as live formulas its difference to the
 * file's own cell (where the grid holds the file's values) and each tranche's fair values summed.
 */
public final class SweepWorkbook {

  private static final double SAME_VALUE = 1e-12;

  private SweepWorkbook() {
  }

  /** @param fileValues each axis's value in the file, where the file states it */
  public static byte[] bytes(SweepRun run, List<OptionalDouble> fileValues) {
    PoiLogging.useSimpleLogger();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SummarySheet summary = new SummarySheet(new SheetBuilder(workbook, styles, SummarySheet.NAME),
        "Sensitivity sweep", run.base().entity());
    ValuationWorkbook.inputs(new SheetBuilder(workbook, styles, "Inputs"), run.base().market(),
        run.base().financings());
    OptionalInt base = baseCell(run.grid(), fileValues);
    sweepSheet(new SheetBuilder(workbook, styles, "Sweep"), run, base);
    summary.text("Valuation date", run.base().market().valuationDate().toString());
    summary.text("Figure", run.measure().label());
    run.grid().axes().forEach(axis -> summary.text("Varied", axis.input() + ": " + axis.size() + " values"));
    summary.text("Base cell", base.isPresent() ? "row " + (base.getAsInt() + 3) + " of the Sweep sheet: the file's"
        + " values" : "none: the grid does not hold the file's values");
    BookValuation first = run.cells().get(0);
    summary.method(first.settings(), run.audit());
    summary.notes(run.base().notes());
    summary.finish();
    workbook.setActiveSheet(0);
    return WorkbookFile.bytes(workbook);
  }

  private static void sweepSheet(SheetBuilder sheet, SweepRun run, OptionalInt base) {
    SweepGrid grid = run.grid();
    Number format = run.measure().tranche().isPresent() ? Number.PRICE : Number.MONEY;
    sheet.title("Sensitivity sweep on " + run.base().market().valuationDate() + ": " + run.measure().label());
    List<String> headers = new ArrayList<>();
    grid.axes().forEach(axis -> headers.add(axis.input()));
    int figure = headers.size();
    headers.addAll(List.of(run.measure().label(), "Std error", "Difference to the file's values"));
    List<TrancheValuation> tranches = run.cells().get(0).tranches();
    tranches.forEach(tranche -> headers.add(tranche.warrant().warrant().id() + " fair value"));
    headers.add("Sum of the tranches");
    sheet.headers(headers);
    String figureColumn = CellReference.convertNumToColString(figure);
    String baseRef = base.isPresent() ? "$" + figureColumn + "$" + (base.getAsInt() + 3) : "";
    for (int cell = 0; cell < run.cells().size(); cell++) {
      sheet.row();
      int excelRow = sheet.current() + 1;
      double[] at = grid.coordinates(cell);
      for (int a = 0; a < at.length; a++) {
        sheet.number(a, at[a], Number.DECIMAL_6);
      }
      double value = run.measured(cell).value();
      sheet.number(figure, value, format);
      sheet.number(figure + 1, run.measured(cell).standardError(), format);
      if (base.isPresent()) {
        sheet.formula(figure + 2, figureColumn + excelRow + "-" + baseRef, format,
            value - run.measured(base.getAsInt()).value());
      } else {
        sheet.text(figure + 2, "n/a");
      }
      BookValuation valuation = run.cells().get(cell);
      double sum = 0;
      for (int t = 0; t < valuation.tranches().size(); t++) {
        sheet.number(figure + 3 + t, valuation.tranches().get(t).fairValue().value(), Number.MONEY);
        sum += valuation.tranches().get(t).fairValue().value();
      }
      int firstTranche = figure + 3;
      int lastTranche = firstTranche + tranches.size() - 1;
      sheet.formula(lastTranche + 1, "SUM(" + CellReference.convertNumToColString(firstTranche) + excelRow + ":"
          + CellReference.convertNumToColString(lastTranche) + excelRow + ")", Number.MONEY, sum);
    }
    sheet.skip();
    sheet.row();
    sheet.note(0, "Every cell on the same paths (same seed): neighbouring cells differ by their inputs, not by their"
        + " noise. The total is estimated on the book's paths with its own control variate; the sum of the"
        + " tranches differs from it by much less than its standard error.");
    sheet.finish(2, headers.size() - 1);
  }

  /** The cell whose inputs are all the file's own, where the grid holds them. */
  private static OptionalInt baseCell(SweepGrid grid, List<OptionalDouble> fileValues) {
    for (int cell = 0; cell < grid.cells(); cell++) {
      double[] at = grid.coordinates(cell);
      boolean same = true;
      for (int a = 0; a < at.length; a++) {
        same &= fileValues.get(a).isPresent() && Math.abs(at[a] - fileValues.get(a).getAsDouble()) <= SAME_VALUE;
      }
      if (same) {
        return OptionalInt.of(cell);
      }
    }
    return OptionalInt.empty();
  }
}
