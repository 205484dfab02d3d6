package org.warrantlab.result;

/**
 * An estimate from K independent, identically distributed replicate estimates (y_r, x_r), r = 1..K, such
 * as the means of one randomised quasi-Monte Carlo point set under K independent random shifts: y_r the
 * payoff's mean, x_r its control variate's. The estimate is the mean of the y_r and its standard error
 * the sample standard deviation of the y_r over √K, on K − 1 degrees of freedom, so that its interval is
 * Student's; nothing is assumed about the points within a replicate, which are not independent.
 *
 * <p>With a control variate of known expectation E[x] and a slope beta fixed beforehand (in practice
 * estimated from all the paths, whose error then hardly matters), each replicate becomes
 * {@code y_r - beta (x_r - E[x])}: still unbiased, still independent, and the same mean and standard error
 * apply. A slope fitted across the K replicates instead would track the tightest relation and leave a
 * standard error that, measured over many seeds, understated the error.
 */
public final class ReplicateMoments {

  private final SampleMoments moments = new SampleMoments();

  /** Adds replicate estimate {@code y} with its control variate's mean {@code x}. */
  public void add(double y, double x) {
    moments.add(y, x);
  }

  public int count() {
    return (int) moments.count();
  }

  /** The mean of the replicate estimates, its standard error on K − 1 degrees of freedom. */
  public Estimate mean() {
    return controlled(0, 0);
  }

  /**
   * The mean of the controlled replicates {@code y_r - beta (x_r - expectedX)}, its standard error on
   * K − 1 degrees of freedom.
   */
  public Estimate controlled(double expectedX, double beta) {
    int count = count();
    if (count < 2) {
      throw new IllegalStateException("a standard error needs at least 2 replicates but there are " + count);
    }
    double value = beta == 0 ? moments.meanY() : moments.meanY() - beta * (moments.meanX() - expectedX);
    double squares = beta == 0 ? moments.sumSquaresY()
        : Math.max(0.0, moments.sumSquaresY() - 2 * beta * moments.sumCrossXY() + beta * beta * moments.sumSquaresX());
    return new Estimate(value, Math.sqrt(squares / (count - 1) / count), count, count - 1);
  }
}
