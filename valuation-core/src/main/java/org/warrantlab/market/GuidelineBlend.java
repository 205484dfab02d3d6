package org.warrantlab.market;

import java.util.List;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * A volatility blended from the company's own and guideline companies', as practice does for a thinly
 * traded issuer: variance-weighted, σ = √(Σ wᵢ σᵢ²) with the weights normalised to sum to one, so that the
 * blend is the volatility of a mixture of the companies' return distributions (it is never below the
 * volatility-weighted average Σ wᵢ σᵢ, and equals it when the volatilities agree).
 */
public final class GuidelineBlend {

  /** One company's volatility and its weight in the blend, before normalising. */
  public record Member(double volatility, double weight) {
    public Member {
      Checks.nonNegative(volatility, "volatility");
      Checks.positive(weight, "weight");
    }
  }

  private GuidelineBlend() {
  }

  /** The variance-weighted blend of {@code members}, weights normalised. */
  public static double volatility(List<Member> members) {
    if (members.isEmpty()) {
      throw new InvalidValueException("members", "must hold at least one company");
    }
    double weights = 0;
    for (Member member : members) {
      weights += member.weight();
    }
    double variance = 0;
    for (Member member : members) {
      variance += member.weight() / weights * member.volatility() * member.volatility();
    }
    return Math.sqrt(variance);
  }

  /** Each member's weight as a share of all the weights. */
  public static double[] normalisedWeights(List<Member> members) {
    double weights = members.stream().mapToDouble(Member::weight).sum();
    return members.stream().mapToDouble(member -> member.weight() / weights).toArray();
  }
}
