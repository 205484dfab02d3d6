package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import org.warrantlab.greeks.BookGreeks;
import org.warrantlab.greeks.TermBuckets;
import org.warrantlab.greeks.TrancheGreeks;
import org.warrantlab.market.MarketData;
import org.warrantlab.market.TermVolatilities;
import org.warrantlab.market.ZeroRateCurve;
import org.warrantlab.result.Estimate;

/**
 * Vega by term bucket and rho by curve point, where the market gives the volatility or the rate by term:
 * a table after the Greeks, arrays in the JSON ({@code vegaByTerm}, {@code rhoByTerm}, each point's term with
 * its estimate) and rows in the CSV (measure {@code vegaByTerm[i]}, {@code rhoByTerm[i]}).
 */
final class TermBucketsReport {

  private TermBucketsReport() {
  }

  static boolean any(BookGreeks greeks) {
    return !greeks.totalByTerm().vegaByTerm().isEmpty() || !greeks.totalByTerm().rhoByTerm().isEmpty();
  }

  static void table(Document document, BookGreeks greeks) {
    List<String> headers = new ArrayList<>(List.of("Tranche"));
    double[] volatilityTerms = volatilityTerms(greeks.market());
    double[] rateTerms = rateTerms(greeks.market());
    for (double term : volatilityTerms) {
      headers.add("Vega " + TermsText.years(term));
    }
    for (double term : rateTerms) {
      headers.add("Rho " + TermsText.years(term));
    }
    TextTable table = new TextTable(headers, 1);
    for (TrancheGreeks tranche : greeks.tranches()) {
      table.row(row(tranche.warrant().warrant().id(), tranche.byTerm()));
    }
    table.row(row("Total", greeks.totalByTerm()));
    document.heading(2, "By term: vega per volatility point, rho per rate point");
    document.table(table);
    document.paragraph("Each point of a curve moved alone (volatility by the vega bump, a quoted zero rate by the rho"
        + " bump) on the same paths; per warrant, the total for the book. Value ± standard error.");
  }

  static void json(ObjectNode node, TermBuckets buckets, MarketData market) {
    points(node.putArray("vegaByTerm"), buckets.vegaByTerm(), volatilityTerms(market));
    points(node.putArray("rhoByTerm"), buckets.rhoByTerm(), rateTerms(market));
  }

  static void csv(TermBuckets buckets, BiConsumer<String, Estimate> row) {
    for (int i = 0; i < buckets.vegaByTerm().size(); i++) {
      row.accept("vegaByTerm[" + i + "]", buckets.vegaByTerm().get(i));
    }
    for (int i = 0; i < buckets.rhoByTerm().size(); i++) {
      row.accept("rhoByTerm[" + i + "]", buckets.rhoByTerm().get(i));
    }
  }

  private static List<String> row(String id, TermBuckets buckets) {
    List<String> cells = new ArrayList<>(List.of(id));
    buckets.vegaByTerm().forEach(e -> cells.add(StudyParts.precise(e)));
    buckets.rhoByTerm().forEach(e -> cells.add(StudyParts.precise(e)));
    return cells;
  }

  private static void points(ArrayNode array, List<Estimate> estimates, double[] terms) {
    for (int i = 0; i < estimates.size(); i++) {
      ObjectNode point = array.addObject();
      point.put("term", terms[i]);
      point.setAll(StudyParts.estimate(estimates.get(i)));
    }
  }

  private static double[] volatilityTerms(MarketData market) {
    return market.volatility() instanceof TermVolatilities curve
        ? curve.points().stream().mapToDouble(p -> p.term()).toArray() : new double[0];
  }

  private static double[] rateTerms(MarketData market) {
    return market.riskFreeRate() instanceof ZeroRateCurve curve
        ? curve.points().stream().mapToDouble(p -> p.term()).toArray() : new double[0];
  }
}
