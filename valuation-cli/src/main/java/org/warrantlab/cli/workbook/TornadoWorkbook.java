package org.warrantlab.cli.workbook;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warrantlab.cli.report.TornadoReport;
import org.warrantlab.cli.report.TornadoRun;
import org.warrantlab.sweep.Tornado;

/** A tornado's workbook: Summary (base, widest swing and the audit trail), the file's inputs, and the Tornado sheet. */
public final class TornadoWorkbook {

  private TornadoWorkbook() {
  }

  public static byte[] bytes(TornadoRun run) {
    PoiLogging.useSimpleLogger();
    Tornado tornado = run.tornado();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SummarySheet summary = new SummarySheet(new SheetBuilder(workbook, styles, SummarySheet.NAME),
        TornadoReport.title(run), run.input().entity());
    ValuationWorkbook.inputs(new SheetBuilder(workbook, styles, "Inputs"), run.input().market(),
        run.input().financings());
    TornadoSheet.Cells cells = TornadoSheet.write(new SheetBuilder(workbook, styles, "Tornado"),
        TornadoReport.title(run) + " on " + run.input().market().valuationDate(), tornado, List.of(
            "Each input moved alone to its low and its high setting, every other input as in the file; every"
                + " valuation on the same paths (same seed), so the swings are differences on common paths.",
            "Swing = |value at high − value at low|; the differences to the base are formulas on this sheet."));
    summary.text("Valuation date", run.input().market().valuationDate().toString());
    summary.text("Figure", tornado.measure().label());
    summary.formula("Base value", cells.base(), TornadoSheet.format(tornado), tornado.base().value());
    if (!tornado.bars().isEmpty()) {
      summary.text("Widest swing", tornado.bars().get(0).input());
      summary.formula("Its swing", cells.swings().get(0), TornadoSheet.format(tornado),
          tornado.bars().get(0).swing());
    }
    summary.method(run.settings(), run.audit());
    summary.notes(run.input().notes());
    summary.finish();
    workbook.setActiveSheet(0);
    return WorkbookFile.bytes(workbook);
  }
}
