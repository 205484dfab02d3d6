package org.warrantlab.simulation;

import org.warrantlab.closedform.ClosedFormWarrantPricer;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.math.Transcendentals;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.NormalLayout;
import org.warrantlab.process.PathWalker;

/**
 * Discounted exercise value at expiry of a book of plain European warrants, per warrant:
 * {@code exp(-r T) * m * dilution * max(S_T - X, 0)}. The path is walked on the book's grid, which for
 * such a book is the distinct expiry dates only, one normal draw each. Each tranche's payoff is its own
 * control variate, as in a path-dependent book, so that a tranche is valued the same whatever else is in
 * the book: at its Black–Scholes value, the control's expectation, with no sampling error.
 */
public final class EuropeanWarrantPayoff implements PathPayoff {

  private final GbmPathBuilder path;
  private final NormalLayout layout;
  private final double spot;
  private final int[] expiryIndex;
  private final double[] strike;
  private final double[] discountedShares;
  private final double[] controlExpectations;

  public EuropeanWarrantPayoff(ResolvedBook book) {
    this.path = new GbmPathBuilder(book.process(), book.layout().brownianSteps());
    this.layout = book.layout();
    this.spot = Transcendentals.exp(path.logSpot()); // the price at step -1 as the log scheme gives it, once
    int size = book.tranches();
    this.expiryIndex = new int[size];
    this.strike = new double[size];
    this.discountedShares = new double[size];
    this.controlExpectations = new double[size];
    for (int i = 0; i < size; i++) {
      ResolvedWarrant warrant = book.tranche(i).resolved();
      expiryIndex[i] = book.tranche(i).expiryStep();
      strike[i] = warrant.warrant().exercisePrice();
      discountedShares[i] = book.tranche(i).discount() * warrant.sharesValuedPerWarrant();
      controlExpectations[i] = ClosedFormWarrantPricer.DEFAULT.europeanPerWarrant(warrant, book.market());
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
    return new Evaluator();
  }

  @Override
  public double[] controlExpectations() {
    return controlExpectations.clone();
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

  /** One thread's walk: every step of the grid is an expiry. */
  private final class Evaluator implements PathEvaluator, PathWalker.Contract {
    private final PathWalker walker = new PathWalker(path);
    private double[] payoffs;
    private double[] controls;

    @Override
    public void evaluate(double[] normals, double[] newPayoffs, double[] newControls) {
      payoffs = newPayoffs;
      controls = newControls;
      settle(-1, spot, payoffs, controls);
      walker.walk(normals, 0, 0, this);
    }

    @Override
    public int onStep(int step, double logPrice) {
      settle(step, Transcendentals.exp(logPrice), payoffs, controls);
      return step + 1;
    }
  }
}
