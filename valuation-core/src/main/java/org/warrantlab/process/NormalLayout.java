package org.warrantlab.process;

/**
 * What the standard normals of one simulated path stand for, so that a quasi-random sampler can give the
 * most important ones its best coordinates: first {@code leading} normals that are not Brownian
 * increments (a financing's draws, say), then one per step of {@code brownianSteps}, normal {@code k}
 * being the increment of a Brownian motion over step {@code k} divided by √(step length).
 *
 * @param leading normals before the Brownian increments
 * @param brownianSteps the time grid the increments are taken over (may be empty)
 */
public record NormalLayout(int leading, TimeGrid brownianSteps) {

  public NormalLayout {
    if (leading < 0) {
      throw new IllegalArgumentException("leading normals must be non-negative but were " + leading);
    }
    if (brownianSteps == null) {
      throw new IllegalArgumentException("brownianSteps must be given");
    }
  }

  /** {@code dimension} normals with no known structure: none is taken for a Brownian increment. */
  public static NormalLayout unstructured(int dimension) {
    return new NormalLayout(dimension, TimeGrid.of());
  }

  /** One normal per step of {@code grid} and nothing else. */
  public static NormalLayout brownian(TimeGrid grid) {
    return new NormalLayout(0, grid);
  }

  /** Normals per path. */
  public int dimension() {
    return leading + brownianSteps.size();
  }
}
