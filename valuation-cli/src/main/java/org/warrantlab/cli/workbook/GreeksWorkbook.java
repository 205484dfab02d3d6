package org.warrantlab.cli.workbook;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warrantlab.cli.report.GreeksRun;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.greeks.BookGreeks;
import org.warrantlab.greeks.TrancheGreeks;
import org.warrantlab.result.Estimate;
import org.warrantlab.result.Greeks;

/**
 * The Greeks' workbook: Summary (the book's value and delta, the audit trail), the file's inputs, and a Greeks
 * sheet with each tranche's bumped value and Greeks per warrant, the book's as estimated on the shared paths, and
 * beside them as live formulas each figure's SUMPRODUCT with the warrant counts; then the pathwise and closed-form figures where the tranche has them.
 */
public final class GreeksWorkbook {

  private static final List<String> NAMES = List.of("Value", "Delta", "Gamma", "Vega", "Rho", "Theta");
  private static final int FIRST_FIGURE = 2;

  private GreeksWorkbook() {
  }

  public static byte[] bytes(GreeksRun run) {
    PoiLogging.useSimpleLogger();
    BookGreeks greeks = run.greeks();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SummarySheet summary = new SummarySheet(new SheetBuilder(workbook, styles, SummarySheet.NAME), "Greeks",
        run.input().entity());
    ValuationWorkbook.inputs(new SheetBuilder(workbook, styles, "Inputs"), greeks.market(), run.input().financings());
    List<String> sums = greeksSheet(new SheetBuilder(workbook, styles, "Greeks"), greeks);
    summary.text("Valuation date", greeks.market().valuationDate().toString());
    summary.number("Book value, estimated on the book's paths", greeks.totalValue().value(), Number.MONEY);
    summary.formula("Σ warrants × value per warrant", sums.get(0), Number.MONEY, greeks.tranches().stream()
        .mapToDouble(t -> t.warrant().warrant().count() * t.value().value()).sum());
    summary.number("Book delta, estimated on the book's paths", greeks.total().delta().value(), Number.COUNT);
    summary.method(greeks.settings(), run.audit());
    summary.notes(run.input().notes());
    summary.finish();
    workbook.setActiveSheet(0);
    return WorkbookFile.bytes(workbook);
  }

  /** Writes the sheet; returns the cells of Σ warrants × per warrant (value first) as the Summary names them. */
  private static List<String> greeksSheet(SheetBuilder sheet, BookGreeks greeks) {
    sheet.title("Greeks per warrant, bumped on common random numbers, on " + greeks.market().valuationDate());
    List<String> headers = new ArrayList<>(List.of("Tranche", "Warrants"));
    NAMES.forEach(name -> {
      headers.add(name);
      headers.add(name + " std error");
    });
    sheet.headers(headers);
    int first = sheet.current() + 2;
    for (TrancheGreeks tranche : greeks.tranches()) {
      sheet.row();
      sheet.text(0, tranche.warrant().warrant().id());
      sheet.number(1, tranche.warrant().warrant().count(), Number.COUNT);
      List<Optional<Estimate>> figures = figures(tranche.value(), tranche.bumped());
      for (int g = 0; g < figures.size(); g++) {
        estimate(sheet, FIRST_FIGURE + 2 * g, figures.get(g), Number.PRICE);
      }
    }
    int last = sheet.current() + 1;
    sheet.row();
    sheet.label(0, "Book");
    List<Optional<Estimate>> totals = figures(greeks.totalValue(), greeks.total());
    for (int g = 0; g < totals.size(); g++) {
      estimate(sheet, FIRST_FIGURE + 2 * g, totals.get(g), Number.MONEY);
    }
    sheet.row();
    sheet.label(0, "Σ warrants × per warrant");
    List<String> sums = new ArrayList<>();
    for (int g = 0; g < totals.size(); g++) {
      int col = FIRST_FIGURE + 2 * g;
      if (totals.get(g).isEmpty()) {
        sheet.text(col, "n/a");
        continue;
      }
      String column = CellReference.convertNumToColString(col);
      double sum = 0;
      for (TrancheGreeks tranche : greeks.tranches()) {
        sum += tranche.warrant().warrant().count() * figures(tranche.value(), tranche.bumped()).get(g).orElseThrow()
            .value();
      }
      sums.add(sheet.external(sheet.total(col, "SUMPRODUCT(B" + first + ":B" + last + "," + column + first + ":"
          + column + last + ")", Number.MONEY, sum)));
    }
    sheet.skip();
    sheet.row();
    sheet.note(0, "Units: delta per 1.00 of share price; gamma per 1.00²; vega per 1.00 of volatility; rho per 1.00"
        + " of the continuous rate; theta per year. The book's figures are estimated on the book's paths (their"
        + " standard errors allow for the tranches sharing them), so they differ from the formulas' Σ warrants × per"
        + " warrant by about their standard errors.");
    greeks.thetaUnavailable().ifPresent(reason -> {
      sheet.row();
      sheet.note(0, "Theta: n/a, " + reason + ".");
    });
    otherMethods(sheet, greeks);
    sheet.finish(2, headers.size() - 1);
    return sums;
  }

  /** Pathwise delta and vega and the Black–Scholes Greeks, for the tranches that have them. */
  private static void otherMethods(SheetBuilder sheet, BookGreeks greeks) {
    if (greeks.tranches().stream().allMatch(t -> t.pathwise().isEmpty() && t.closedForm().isEmpty())) {
      return;
    }
    sheet.skip();
    sheet.row();
    sheet.caption(0, "Pathwise (no bump) and closed form (Black–Scholes × shares per warrant × dilution factor)");
    for (TrancheGreeks tranche : greeks.tranches()) {
      String id = tranche.warrant().warrant().id();
      tranche.pathwise().ifPresent(pathwise -> {
        sheet.row();
        sheet.text(0, id + " pathwise");
        estimate(sheet, FIRST_FIGURE + 2, Optional.of(pathwise.delta()), Number.PRICE);
        estimate(sheet, FIRST_FIGURE + 6, Optional.of(pathwise.vega()), Number.PRICE);
      });
      tranche.closedForm().ifPresent(closedForm -> {
        sheet.row();
        sheet.text(0, id + " closed form");
        sheet.number(FIRST_FIGURE, ClosedFormWarrantPricer.DEFAULT.europeanPerWarrant(tranche.warrant(),
            greeks.market()), Number.PRICE);
        List<Optional<Estimate>> figures = figures(Estimate.exact(0), closedForm);
        for (int g = 1; g < figures.size(); g++) {
          int col = FIRST_FIGURE + 2 * g;
          figures.get(g).ifPresent(exact -> sheet.number(col, exact.value(), Number.PRICE));
        }
      });
    }
  }

  private static void estimate(SheetBuilder sheet, int col, Optional<Estimate> estimate, Number format) {
    if (estimate.isEmpty()) {
      sheet.text(col, "n/a");
      return;
    }
    sheet.number(col, estimate.get().value(), format);
    sheet.number(col + 1, estimate.get().standardError(), format);
  }

  /** Value, delta, gamma, vega, rho and theta, in {@link #NAMES}' order. */
  private static List<Optional<Estimate>> figures(Estimate value, Greeks greeks) {
    return List.of(Optional.of(value), Optional.of(greeks.delta()), Optional.of(greeks.gamma()),
        Optional.of(greeks.vega()), Optional.of(greeks.rho()), greeks.theta());
  }
}
