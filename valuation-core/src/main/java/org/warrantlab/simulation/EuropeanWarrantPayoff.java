package org.warrantlab.simulation;

import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.math.PortableMath;
import org.warrantlab.montecarlo.PathPayoff;
import org.warrantlab.process.GbmPathBuilder;
import org.warrantlab.process.NormalLayout;
import org.warrantlab.process.PathWalker;

/**
 * Discounted exercise value at expiry of a book of plain European warrants, per warrant:
 * {@code exp(-r T) * m * dilution * max(S_T - X, 0)}. The path is walked on the book's grid, which for
 * such a book is the distinct expiry dates only, one normal draw each.
 */
public final class EuropeanWarrantPayoff implements PathPayoff {

  private final GbmPathBuilder path;
  private final NormalLayout layout;
  private final double spot;
  private final int[] expiryIndex;
  private final double[] strike;
  private final double[] discountedShares;

  public EuropeanWarrantPayoff(ResolvedBook book) {
    this.path = new GbmPathBuilder(book.process(), book.layout().brownianSteps());
    this.layout = book.layout();
    this.spot = PortableMath.exp(path.logSpot()); // the price at step -1 as the log scheme gives it, once
    int size = book.tranches();
    this.expiryIndex = new int[size];
    this.strike = new double[size];
    this.discountedShares = new double[size];
    for (int i = 0; i < size; i++) {
      ResolvedWarrant warrant = book.tranche(i).resolved();
      expiryIndex[i] = book.tranche(i).expiryStep();
      strike[i] = warrant.warrant().exercisePrice();
      discountedShares[i] = book.tranche(i).discount() * warrant.sharesValuedPerWarrant();
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

  /** Writes the payoffs of the tranches expiring at grid index {@code step} (-1: the valuation date). */
  private void settle(int step, double price, double[] payoffs) {
    for (int i = 0; i < strike.length; i++) {
      if (expiryIndex[i] == step) {
        payoffs[i] = discountedShares[i] * Math.max(price - strike[i], 0.0);
      }
    }
  }

  /** One thread's walk: every step of the grid is an expiry. */
  private final class Evaluator implements PathEvaluator, PathWalker.Contract {
    private final PathWalker walker = new PathWalker(path);
    private double[] payoffs;

    @Override
    public void evaluate(double[] normals, double[] newPayoffs, double[] controls) {
      payoffs = newPayoffs;
      settle(-1, spot, payoffs);
      walker.walk(normals, 0, 0, this);
    }

    @Override
    public int onStep(int step, double logPrice) {
      settle(step, PortableMath.exp(logPrice), payoffs);
      return step + 1;
    }
  }
}
