package org.warrantlab.process;

import org.warrantlab.math.Transcendentals;
/**
 * The exact log scheme of a {@link GbmProcess} on a {@link TimeGrid}, with each step's drift and
 * diffusion computed once: {@code log S(t_i) = log S(t_{i-1}) + drift_i + diffusion_i * Z_i}.
 */
public final class GbmPathBuilder {

  private final double logSpot;
  private final double[] drift;
  private final double[] diffusion;

  public GbmPathBuilder(GbmProcess process, TimeGrid grid) {
    this.logSpot = Transcendentals.log(process.spot());
    this.drift = new double[grid.size()];
    this.diffusion = new double[grid.size()];
    for (int i = 0; i < grid.size(); i++) {
      drift[i] = process.logDrift(grid.stepLength(i));
      diffusion[i] = process.logDiffusion(grid.stepLength(i));
    }
  }

  public int steps() {
    return drift.length;
  }

  public double logSpot() {
    return logSpot;
  }

  /** The log price at the end of step {@code step}, from the log price at its start and its normal draw. */
  public double advance(int step, double logPrice, double normal) {
    return logPrice + drift[step] + diffusion[step] * normal;
  }
}
