package org.warrantlab.simulation;

import java.util.List;
import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.math.PortableMath;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.GbmProcess;
import org.warrantlab.process.NormalLayout;
import org.warrantlab.process.TimeGrid;

/**
 * Discounted exercise value at expiry of a book of plain European warrants, per warrant:
 * {@code exp(-r T) * m * dilution * max(S_T - X, 0)}. The path is simulated on the distinct expiry
 * dates only, one normal draw each. Each tranche's payoff is its own control variate, as in a
 * path-dependent book, so that a tranche is valued the same whatever else is in the book: at its
 * Black–Scholes value, the control's expectation, with no sampling error.
 */
public final class EuropeanWarrantPayoff implements PathPayoff {

  private final GbmPathBuilder path;
  private final NormalLayout layout;
  private final double spot;
  private final int[] expiryIndex;
  private final double[] strike;
  private final double[] discountedShares;
  private final double[] controlExpectations;

  public EuropeanWarrantPayoff(List<ResolvedWarrant> book, MarketData market) {
    GbmProcess process = GbmProcess.of(market);
    TimeGrid grid = TimeGrid.of(book.stream().mapToDouble(ResolvedWarrant::timeToExpiry).toArray());
    this.path = new GbmPathBuilder(process, grid);
    this.layout = NormalLayout.brownian(grid);
    this.spot = PortableMath.exp(path.logSpot()); // the price at step -1 as the log scheme gives it, once
    int size = book.size();
    this.expiryIndex = new int[size];
    this.strike = new double[size];
    this.discountedShares = new double[size];
    this.controlExpectations = new double[size];
    for (int i = 0; i < size; i++) {
      ResolvedWarrant warrant = book.get(i);
      expiryIndex[i] = grid.indexOf(warrant.timeToExpiry());
      strike[i] = warrant.warrant().exercisePrice();
      discountedShares[i] = process.discountFactor(warrant.timeToExpiry()) * warrant.sharesValuedPerWarrant();
      controlExpectations[i] = ClosedFormWarrantPricer.DEFAULT.europeanPerWarrant(warrant, market);
    }
  }

  @Override
  public int dimension() {
    return path.steps();
  }

  @Override
  public int outputs() {
    return strike.length;
  }

  @Override
  public NormalLayout layout() {
    return layout;
  }

  @Override
  public PathEvaluator newEvaluator() {
    return this::evaluate;
  }

  @Override
  public double[] controlExpectations() {
    return controlExpectations.clone();
  }

  private void evaluate(double[] normals, double[] payoffs, double[] controls) {
    double logPrice = path.logSpot();
    settle(-1, spot, payoffs, controls);
    for (int step = 0; step < path.steps(); step++) {
      logPrice = path.advance(step, logPrice, normals[step]);
      settle(step, PortableMath.exp(logPrice), payoffs, controls);
    }
  }

  /**
   * Writes the payoffs of the tranches expiring at grid index {@code step} (-1: the valuation date), each
   * also as its own control.
   */
  private void settle(int step, double price, double[] payoffs, double[] controls) {
    for (int i = 0; i < strike.length; i++) {
      if (expiryIndex[i] == step) {
        payoffs[i] = discountedShares[i] * Math.max(price - strike[i], 0.0);
        controls[i] = payoffs[i];
      }
    }
  }
}
