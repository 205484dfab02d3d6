package org.warrantlab.greeks;

import java.util.List;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.process.NormalLayout;
import org.warrantlab.process.TimeGrid;

/**
 * Plain European warrants with their pathwise delta and vega: on each path, the discounted payoff
 * {@code D m max(S_T - X, 0)} and its derivatives {@code D m 1{S_T > X} dS_T/dS_0} and
 * {@code D m 1{S_T > X} dS_T/dsigma}, where {@code dS_T/dS_0 = S_T / S_0} and
 * {@code dS_T/dsigma = S_T (W_T - sigma T)} with {@code W_T} the path's Brownian motion at expiry (D the
 * discount factor, m the shares valued per warrant). The payoff is continuous in both inputs, so the
 * expectations of these derivatives are the derivatives of the value. The path visits the distinct
 * expiry dates only, as for the value alone.
 *
 * <p>Outputs: per tranche, value, delta and vega at {@code 3 * tranche + 0, 1, 2}.
 */
final class PathwiseEuropeanPayoff implements PathPayoff {

  static final int VALUE = 0;
  static final int DELTA = 1;
  static final int VEGA = 2;
  private static final int PER_TRANCHE = 3;

  private final GbmPathBuilder path;
  private final NormalLayout layout;
  private final double spot;
  private final double volatility;
  private final double[] stepRoots;
  private final double[] times;
  private final int[] expiryIndex;
  private final double[] strike;
  private final double[] discountedShares;

  PathwiseEuropeanPayoff(List<ResolvedWarrant> book, GbmProcess process) {
    TimeGrid grid = TimeGrid.of(book.stream().mapToDouble(ResolvedWarrant::timeToExpiry).toArray());
    this.path = new GbmPathBuilder(process, grid);
    this.layout = NormalLayout.brownian(grid);
    this.spot = process.spot();
    this.volatility = process.volatility();
    this.stepRoots = new double[grid.size()];
    this.times = new double[grid.size()];
    for (int step = 0; step < grid.size(); step++) {
      stepRoots[step] = Math.sqrt(grid.stepLength(step));
      times[step] = grid.time(step);
    }
    int size = book.size();
    this.expiryIndex = new int[size];
    this.strike = new double[size];
    this.discountedShares = new double[size];
    for (int i = 0; i < size; i++) {
      ResolvedWarrant warrant = book.get(i);
      expiryIndex[i] = grid.indexOf(warrant.timeToExpiry());
      strike[i] = warrant.warrant().exercisePrice();
      discountedShares[i] = process.discountFactor(warrant.timeToExpiry()) * warrant.sharesValuedPerWarrant();
    }
  }

  static int output(int tranche, int measure) {
    return PER_TRANCHE * tranche + measure;
  }

  @Override
  public int dimension() {
    return path.steps();
  }

  @Override
  public int outputs() {
    return PER_TRANCHE * strike.length;
  }

  @Override
  public NormalLayout layout() {
    return layout;
  }

  @Override
  public PathEvaluator newEvaluator() {
    return this::evaluate;
  }

  private void evaluate(double[] normals, double[] outputs, double[] controls) {
    double logPrice = path.logSpot();
    double brownian = 0;
    settle(-1, Transcendentals.exp(logPrice), 0, 0, outputs);
    for (int step = 0; step < path.steps(); step++) {
      logPrice = path.advance(step, logPrice, normals[step]);
      brownian += stepRoots[step] * normals[step];
      settle(step, Transcendentals.exp(logPrice), brownian, times[step], outputs);
    }
  }

  /** Writes the outputs of the tranches expiring at grid index {@code step} (-1: the valuation date). */
  private void settle(int step, double price, double brownian, double time, double[] outputs) {
    for (int i = 0; i < strike.length; i++) {
      if (expiryIndex[i] == step) {
        boolean inTheMoney = price > strike[i];
        outputs[output(i, VALUE)] = discountedShares[i] * Math.max(price - strike[i], 0.0);
        outputs[output(i, DELTA)] = inTheMoney ? discountedShares[i] * price / spot : 0.0;
        outputs[output(i, VEGA)] = inTheMoney ? discountedShares[i] * price * (brownian - volatility * time) : 0.0;
      }
    }
  }
}
