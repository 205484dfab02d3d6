package org.warrantlab.cli.workbook;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.accounting.LineItem;
import org.warrantlab.attribution.RollForwardAttribution;
import org.warrantlab.cli.report.RollForwardRun;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.sweep.Tornado;

/**
 * The roll-forward's audit file: Summary, Inputs, Roll-forward, Earnings, Events and Journal entries, the
 * figures live formulas on the measurements and event amounts booked.
 */
public final class RollForwardWorkbook {

  private RollForwardWorkbook() {
  }

  public static byte[] bytes(RollForwardRun run) {
    return bytes(run, Optional.empty(), Optional.empty());
  }

  /**
   * The workbook, with a Sensitivity sheet of the closing liability's tornado and an Attribution sheet of the
   * change's split by input when they are given.
   */
  public static byte[] bytes(RollForwardRun run, Optional<Tornado> sensitivity,
      Optional<RollForwardAttribution> attribution) {
    PoiLogging.useSimpleLogger();
    LiabilityRollForward result = run.result();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SummarySheet summary = new SummarySheet(new SheetBuilder(workbook, styles, SummarySheet.NAME),
        "Warrant liability roll-forward: audit file", run.input().entity());
    Map<String, String> fairValues = InputsSheet.write(new SheetBuilder(workbook, styles, InputsSheet.NAME), result);
    List<String> amounts = EventsSheet.write(new SheetBuilder(workbook, styles, EventsSheet.NAME), result);
    RollForwardSheet.Cells cells = RollForwardSheet.write(new SheetBuilder(workbook, styles, RollForwardSheet.NAME),
        result, fairValues, amounts);
    Map<String, String> perShare = EarningsSheet.write(new SheetBuilder(workbook, styles, EarningsSheet.NAME),
        result, cells);
    JournalSheet.write(new SheetBuilder(workbook, styles, JournalSheet.NAME), result, cells, amounts);
    attribution.ifPresent(split -> AttributionSheet.write(new SheetBuilder(workbook, styles, AttributionSheet.NAME),
        result, split));
    sensitivity.ifPresent(tornado -> TornadoSheet.write(new SheetBuilder(workbook, styles, "Sensitivity"),
        "Sensitivity of the closing liability on " + result.measurements().get(result.measurements().size() - 1)
            .date() + " to each Level 3 input", tornado, List.of("Each input moved alone to its low and its high"
            + " setting (the defaults of `warrantlab tornado`), every other input as measured, on the roll-forward's"
            + " paths and seed. The base is the book's total estimated on those paths; the liability booked is the"
            + " sum of the tranches rounded to the cent.")));
    workbook.setSheetOrder(RollForwardSheet.NAME, 1);
    workbook.setSheetOrder(EarningsSheet.NAME, 2);
    summarise(summary, run, cells, perShare);
    workbook.setActiveSheet(0);
    return WorkbookFile.bytes(workbook);
  }

  private static void summarise(SummarySheet summary, RollForwardRun run, RollForwardSheet.Cells cells,
      Map<String, String> perShare) {
    LiabilityRollForward result = run.result();
    int last = result.periods().size() - 1;
    summary.text("Fiscal year starts", result.plan().calendar().yearStart().toString().substring(2) + " (MM-DD)");
    summary.text("Opening date", result.plan().opening().date().toString());
    summary.text("Last reporting date", result.periods().get(last).end().toString());
    summary.formula("Opening liability", cells.of(false, 0, RollForwardSheet.OPENING, -1), Number.MONEY,
        result.periods().get(0).total().opening().doubleValue());
    summary.formula("Closing liability", cells.of(false, last, RollForwardSheet.CLOSING, -1), Number.MONEY,
        result.periods().get(last).total().closing().doubleValue());
    summary.formula("Change in fair value, fiscal year to date",
        cells.of(true, last, RollForwardSheet.Cells.row(LineItem.CHANGE_IN_FAIR_VALUE), -1), Number.MONEY,
        result.yearToDate().get(last).earnings().changeInFairValue().doubleValue());
    summary.formula("Per share, fiscal year to date", perShare.get("YEAR_TO_DATE|" + last), Number.PER_SHARE,
        result.yearToDate().get(last).earnings().perShare().doubleValue());
    summary.method(result.plan().settings(), run.audit());
    summary.notes(run.input().notes());
    summary.finish();
  }
}
