package org.warrantlab.montecarlo;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * How the paths of a run are sampled.
 *
 * @param method pseudo-random or randomised Sobol
 * @param randomisations for {@link SamplingMethod#SOBOL}: independent random shifts of the Sobol points,
 *     at least 2, whose spread gives the standard error on {@code randomisations - 1} degrees of freedom
 *     ({@code - 2} with a control variate); ignored by {@link SamplingMethod#PSEUDO}
 */
public record Sampling(SamplingMethod method, int randomisations) {

  /**
   * 16 shifts: the standard error has 15 degrees of freedom, so the 95% interval is t = 2.13 standard
   * errors wide each side instead of 1.96, while each shift still gets a sixteenth of the paths.
   */
  public static final int DEFAULT_RANDOMISATIONS = 16;

  /** The most shifts: each replicate needs a share of the paths large enough to be a useful point set. */
  public static final int MAX_RANDOMISATIONS = 1024;

  public static final Sampling PSEUDO = new Sampling(SamplingMethod.PSEUDO, DEFAULT_RANDOMISATIONS);

  public Sampling {
    Checks.notNull(method, "method");
    if (randomisations < 2 || randomisations > MAX_RANDOMISATIONS) {
      throw new InvalidValueException("randomisations", "must be between 2 and " + MAX_RANDOMISATIONS
          + " (a standard error needs at least two independent randomisations) but was " + randomisations);
    }
  }

  /** Randomised Sobol with {@code randomisations} independent shifts. */
  public static Sampling sobol(int randomisations) {
    return new Sampling(SamplingMethod.SOBOL, randomisations);
  }

  public boolean quasiRandom() {
    return method == SamplingMethod.SOBOL;
  }

  public Sampling withRandomisations(int newRandomisations) {
    return new Sampling(method, newRandomisations);
  }
}
