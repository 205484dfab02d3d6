package org.warrantlab.cli.workbook;

import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.warrantlab.cli.report.TermsText;
import org.warrantlab.cli.report.ValuationRun;
import org.warrantlab.cli.workbook.Styles.Number;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.pricer.TrancheValuation;

/** A valuation's workbook: Summary, the market inputs and financing assumptions, and each tranche's value with the total as a sum. */
public final class ValuationWorkbook {

  private static final List<String> HEADERS = List.of("Tranche", "Warrants", "Shares per warrant", "Exercise price",
      "Issue date", "Expiry date", "Exercise", "Dilution", "Anti-dilution", "Term (years)", "Fair value per warrant",
      "Standard error", "95% lower", "95% upper", "Closed form per warrant", "Fair value");
  private static final int FAIR_VALUE = 15;

  private ValuationWorkbook() {
  }

  public static byte[] bytes(ValuationRun run) {
    PoiLogging.useSimpleLogger();
    BookValuation valuation = run.valuation();
    XSSFWorkbook workbook = new XSSFWorkbook();
    Styles styles = new Styles(workbook);
    SummarySheet summary = new SummarySheet(new SheetBuilder(workbook, styles, SummarySheet.NAME),
        "Warrant fair value", run.input().entity());
    inputs(new SheetBuilder(workbook, styles, "Inputs"), valuation.market(), run.input().financings());
    String total = tranches(new SheetBuilder(workbook, styles, "Valuation"), valuation);
    summary.text("Valuation date", valuation.market().valuationDate().toString());
    summary.formula("Sum of the tranches' fair values", total, Number.MONEY, sum(valuation));
    summary.number("Total estimated on the book's paths", valuation.total().value(), Number.MONEY);
    summary.number("Standard error of that total", valuation.total().standardError(), Number.MONEY);
    summary.method(valuation.settings(), run.audit());
    summary.notes(run.input().notes());
    summary.finish();
    workbook.setActiveSheet(0);
    return WorkbookFile.bytes(workbook);
  }

  /** The Inputs sheet of a valuation or a study: the market inputs and the financing assumptions. */
  static void inputs(SheetBuilder sheet, MarketData market, List<Financing> financings) {
    sheet.title("Inputs on " + market.valuationDate());
    sheet.headers(List.of("Input", "Value"));
    row(sheet, "Share price", market.spot(), Number.PRICE);
    row(sheet, "Volatility (annualised)", market.volatility(), Number.PERCENT);
    row(sheet, "Risk-free rate, " + TermsText.rate(market.riskFreeRate()), market.riskFreeRate().quoted(),
        Number.PERCENT);
    row(sheet, "Risk-free rate, continuous", market.continuousRate(), Number.DECIMAL_6);
    row(sheet, "Dividend yield", market.dividendYield(), Number.PERCENT);
    row(sheet, "Shares outstanding", market.sharesOutstanding(), Number.COUNT);
    sheet.skip();
    sheet.row();
    sheet.label(0, "Financing assumptions");
    if (financings.isEmpty()) {
      sheet.row();
      sheet.text(0, "none");
    }
    financings.forEach(financing -> {
      sheet.row();
      sheet.paragraph(0, TermsText.financing(financing), 60);
    });
    sheet.finish(2, 1);
  }

  private static void row(SheetBuilder sheet, String caption, double value, Number format) {
    sheet.row();
    sheet.text(0, caption);
    sheet.number(1, value, format);
  }

  /** Writes a row per tranche and the total; returns the total's address as another sheet names it. */
  private static String tranches(SheetBuilder sheet, BookValuation valuation) {
    sheet.title("Fair value per tranche on " + valuation.market().valuationDate());
    sheet.headers(HEADERS);
    int first = sheet.current() + 2;
    for (TrancheValuation tranche : valuation.tranches()) {
      Warrant warrant = tranche.warrant().warrant();
      sheet.row();
      sheet.text(0, warrant.id());
      sheet.number(1, warrant.count(), Number.COUNT);
      sheet.number(2, warrant.sharesPerWarrant(), Number.DECIMAL_6);
      sheet.number(3, warrant.exercisePrice(), Number.PRICE);
      sheet.text(4, warrant.issueDate().toString());
      sheet.text(5, warrant.expiryDate().toString());
      sheet.text(6, warrant.exerciseStyle().name());
      sheet.text(7, warrant.dilution().name());
      sheet.text(8, TermsText.protection(warrant));
      sheet.number(9, tranche.warrant().timeToExpiry(), Number.DECIMAL_6);
      sheet.number(10, tranche.perWarrant().value(), Number.PRICE);
      sheet.number(11, tranche.perWarrant().standardError(), Number.PRICE);
      sheet.number(12, tranche.perWarrant().lower95(), Number.PRICE);
      sheet.number(13, tranche.perWarrant().upper95(), Number.PRICE);
      if (tranche.closedFormPerWarrant().isPresent()) {
        sheet.number(14, tranche.closedFormPerWarrant().getAsDouble(), Number.PRICE);
      } else {
        sheet.text(14, "n/a");
      }
      sheet.number(FAIR_VALUE, tranche.fairValue().value(), Number.MONEY);
    }
    int last = sheet.current() + 1;
    sheet.row();
    sheet.label(0, "Total");
    String total = sheet.total(FAIR_VALUE, "SUM(P" + first + ":P" + last + ")", Number.MONEY, sum(valuation));
    sheet.skip();
    sheet.row();
    sheet.note(0, "The total is the sum of the tranches. The book's total estimated on the same paths with its own"
        + " control variate, and its standard error (allowing for the tranches sharing paths), are on the Summary.");
    sheet.finish(2, HEADERS.size() - 1);
    return sheet.external(total);
  }

  private static double sum(BookValuation valuation) {
    return valuation.tranches().stream().mapToDouble(tranche -> tranche.fairValue().value()).sum();
  }
}
