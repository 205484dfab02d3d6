package org.warrantlab.result;

/**
 * Running first and second moments of paired samples (y, x): the payoff y and its control variate x.
 * Welford updates within a block, Chan's formula to merge blocks, so that merging blocks in a fixed
 * order gives the same bits on any thread count.
 */
public final class SampleMoments {

  /** Numbers in the state {@link #writeTo} writes and {@link #readFrom} reads. */
  public static final int STATE_SIZE = 6;

  private long count;
  private double meanY;
  private double meanX;
  private double sumSquaresY;
  private double sumSquaresX;
  private double sumCrossXY;

  public void add(double y, double x) {
    count++;
    double dy = y - meanY;
    double dx = x - meanX;
    meanY += dy / count;
    meanX += dx / count;
    sumSquaresY += dy * (y - meanY);
    sumSquaresX += dx * (x - meanX);
    sumCrossXY += dx * (y - meanY);
  }

  /** Adds the samples summarised by {@code other} to this one. */
  public void merge(SampleMoments other) {
    if (other.count == 0) {
      return;
    }
    long total = count + other.count;
    double dy = other.meanY - meanY;
    double dx = other.meanX - meanX;
    double weight = (double) count * other.count / total;
    sumSquaresY += other.sumSquaresY + dy * dy * weight;
    sumSquaresX += other.sumSquaresX + dx * dx * weight;
    sumCrossXY += other.sumCrossXY + dx * dy * weight;
    meanY += dy * other.count / total;
    meanX += dx * other.count / total;
    count = total;
  }

  /** Writes the exact state at {@code into[at]} onwards, so a block's moments can travel as plain numbers. */
  public void writeTo(double[] into, int at) {
    into[at] = count;
    into[at + 1] = meanY;
    into[at + 2] = meanX;
    into[at + 3] = sumSquaresY;
    into[at + 4] = sumSquaresX;
    into[at + 5] = sumCrossXY;
  }

  /** The moments {@link #writeTo} wrote at {@code from[at]}, bit for bit (counts below 2^53 are exact). */
  public static SampleMoments readFrom(double[] from, int at) {
    SampleMoments moments = new SampleMoments();
    moments.count = (long) from[at];
    moments.meanY = from[at + 1];
    moments.meanX = from[at + 2];
    moments.sumSquaresY = from[at + 3];
    moments.sumSquaresX = from[at + 4];
    moments.sumCrossXY = from[at + 5];
    return moments;
  }

  public long count() {
    return count;
  }

  double meanY() {
    return meanY;
  }

  double meanX() {
    return meanX;
  }

  /** Sum of squared deviations of y from its mean. */
  double sumSquaresY() {
    return sumSquaresY;
  }

  /** Sum of squared deviations of x from its mean. */
  double sumSquaresX() {
    return sumSquaresX;
  }

  /** Sum of the products of the deviations of x and y. */
  double sumCrossXY() {
    return sumCrossXY;
  }

  /** The plain sample mean of y and its standard error. */
  public Estimate mean() {
    double variance = count > 1 ? sumSquaresY / (count - 1) : 0.0;
    return new Estimate(meanY, Math.sqrt(variance / count), count);
  }

  /**
   * The control-variate estimate {@code mean(y) - beta (mean(x) - expectedX)} with the
   * variance-minimising beta = cov(x, y) / var(x) estimated from the same samples. Falls back to the
   * plain mean when x does not vary.
   */
  public Estimate controlled(double expectedX) {
    if (!(sumSquaresX > 0) || count < 3) {
      return mean();
    }
    double beta = sumCrossXY / sumSquaresX;
    double residualSquares = Math.max(0.0, sumSquaresY - beta * sumCrossXY);
    double variance = residualSquares / (count - 2);
    return new Estimate(meanY - beta * (meanX - expectedX), Math.sqrt(variance / count), count);
  }
}
