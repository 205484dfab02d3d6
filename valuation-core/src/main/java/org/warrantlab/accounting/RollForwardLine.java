package org.warrantlab.accounting;

import java.math.BigDecimal;
import java.util.Map;
import org.warrantlab.check.Checks;

/**
 * One column of a liability roll-forward, each amount signed by its effect on the liability:
 * {@code opening + issuances + exercises + expirations + modifications + changeInFairValue = closing},
 * exercises and expirations being reductions (zero or negative). The change in fair value is what the
 * measurements leave unexplained, so the line foots exactly.
 */
public record RollForwardLine(
    BigDecimal opening,
    BigDecimal issuances,
    BigDecimal exercises,
    BigDecimal expirations,
    BigDecimal modifications,
    BigDecimal changeInFairValue,
    BigDecimal closing) {

  public static final RollForwardLine ZERO = new RollForwardLine(Money.zero(), Money.zero(), Money.zero(),
      Money.zero(), Money.zero(), Money.zero(), Money.zero());

  public RollForwardLine {
    Checks.notNull(opening, "opening");
    Checks.notNull(issuances, "issuances");
    Checks.notNull(exercises, "exercises");
    Checks.notNull(expirations, "expirations");
    Checks.notNull(modifications, "modifications");
    Checks.notNull(changeInFairValue, "changeInFairValue");
    Checks.notNull(closing, "closing");
    if (!foots(opening, issuances, exercises, expirations, modifications, changeInFairValue, closing)) {
      throw new IllegalArgumentException("the roll-forward does not foot: " + opening + " + " + issuances
          + " + " + exercises + " + " + expirations + " + " + modifications + " + " + changeInFairValue
          + " != " + closing);
    }
  }

  /** A line whose change in fair value is the closing measurement less everything else. */
  public static RollForwardLine measured(BigDecimal opening, Map<LineItem, BigDecimal> activity, BigDecimal closing) {
    BigDecimal issuances = activity.getOrDefault(LineItem.ISSUANCES, Money.zero());
    BigDecimal exercises = activity.getOrDefault(LineItem.EXERCISES, Money.zero());
    BigDecimal expirations = activity.getOrDefault(LineItem.EXPIRATIONS, Money.zero());
    BigDecimal modifications = activity.getOrDefault(LineItem.MODIFICATIONS, Money.zero());
    BigDecimal change = closing.subtract(opening).subtract(issuances).subtract(exercises).subtract(expirations)
        .subtract(modifications);
    return new RollForwardLine(opening, issuances, exercises, expirations, modifications, change, closing);
  }

  /** The amount on one line between opening and closing. */
  public BigDecimal amount(LineItem item) {
    return switch (item) {
      case ISSUANCES -> issuances;
      case EXERCISES -> exercises;
      case EXPIRATIONS -> expirations;
      case MODIFICATIONS -> modifications;
      case CHANGE_IN_FAIR_VALUE -> changeInFairValue;
    };
  }

  /** Column by column sum: two tranches' lines give their total. */
  public RollForwardLine plus(RollForwardLine other) {
    return new RollForwardLine(opening.add(other.opening), issuances.add(other.issuances),
        exercises.add(other.exercises), expirations.add(other.expirations), modifications.add(other.modifications),
        changeInFairValue.add(other.changeInFairValue), closing.add(other.closing));
  }

  /** This period then the next: this opening, the next closing, the activity of both. */
  public RollForwardLine followedBy(RollForwardLine next) {
    return new RollForwardLine(opening, issuances.add(next.issuances), exercises.add(next.exercises),
        expirations.add(next.expirations), modifications.add(next.modifications),
        changeInFairValue.add(next.changeInFairValue), next.closing);
  }

  private static boolean foots(BigDecimal opening, BigDecimal issuances, BigDecimal exercises,
      BigDecimal expirations, BigDecimal modifications, BigDecimal change, BigDecimal closing) {
    return opening.add(issuances).add(exercises).add(expirations).add(modifications).add(change)
        .compareTo(closing) == 0;
  }
}
