package org.warrantlab.instrument;

import java.time.LocalDate;
import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * The issuer's right to redeem a tranche once the share price has closed at or above a trigger on
 * {@code days} of {@code window} consecutive trading days ending {@code lagDays} trading days before the
 * notice; the warrants are redeemed {@code noticeDays} calendar days after the notice, and until then the
 * holders may exercise.
 *
 * @param triggerPrice the close that counts towards the trigger
 * @param days closes at or above the trigger needed within the window
 * @param window trading days in the window
 * @param lagDays trading days from the window's end to the notice
 * @param noticeDays calendar days from the notice to the redemption date
 * @param price paid per warrant on redemption
 * @param from the first date a notice may be given
 * @param settlement how holders are paid
 */
public record Redemption(double triggerPrice, int days, int window, int lagDays, int noticeDays, double price,
    LocalDate from, RedemptionSettlement settlement) {

  /** The longest window, lag or notice, in days: a decade of trading days. */
  public static final int MAX_DAYS = 2520;

  public Redemption {
    Checks.positive(triggerPrice, "triggerPrice");
    Checks.positive(days, "days");
    Checks.positive(window, "window");
    if (window < days) {
      throw new InvalidValueException("window", "(" + window + ") must be at least days (" + days
          + "): the trigger counts days closes within the window");
    }
    nonNegative(lagDays, "lagDays");
    nonNegative(noticeDays, "noticeDays");
    if (window > MAX_DAYS || lagDays > MAX_DAYS || noticeDays > MAX_DAYS) {
      throw new InvalidValueException(window > MAX_DAYS ? "window" : lagDays > MAX_DAYS ? "lagDays" : "noticeDays",
          "must be at most " + MAX_DAYS + " days: a trigger or notice longer than a decade is a mistyped count");
    }
    Checks.nonNegative(price, "price");
    Checks.notNull(from, "from");
    Checks.notNull(settlement, "settlement");
  }

  private static void nonNegative(int value, String field) {
    if (value < 0) {
      throw new InvalidValueException(field, "must be zero or more but was " + value);
    }
  }

  /** Trading days a notice looks back over: the window and the lag. */
  public int lookbackDays() {
    return window + lagDays;
  }
}
