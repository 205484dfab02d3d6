package org.warrantlab.cli.chart;

import org.knowm.xchart.XYChart;
import org.warrantlab.cli.report.ConvergenceRun;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.result.Estimate;

/** The estimate and its 95% confidence interval against the number of paths, on a logarithmic axis. */
public final class ConvergenceChart {

  private ConvergenceChart() {
  }

  public static XYChart of(ConvergenceRun run) {
    int n = run.runs().size();
    double[] paths = new double[n];
    double[] values = new double[n];
    double[] errors = new double[n];
    for (int i = 0; i < n; i++) {
      BookValuation valuation = run.runs().get(i);
      Estimate estimate = run.measure().of(valuation);
      paths[i] = valuation.simulatedPaths();
      values[i] = estimate.value();
      errors[i] = estimate.standardError();
    }
    XYChart chart = Bands.chart(MeasureText.words(run.measure()) + " by number of paths (seed "
        + run.runs().get(0).settings().seed() + ")", "Paths (log scale)",
        MeasureText.axisTitle(run.measure(), run.input().entity().currency()), paths, values, errors, Estimate.Z_95,
        "95% confidence interval");
    chart.getStyler().setXAxisDecimalPattern("#,##0");
    chart.getStyler().setXAxisLogarithmic(true);
    return chart;
  }
}
