package org.warrantlab.event;

import org.warrantlab.check.Checks;
import org.warrantlab.check.InvalidValueException;

/**
 * How a price is measured on a day.
 *
 * @param reference which measure
 * @param fixedPrice the price when the reference is {@link PriceReference#FIXED}, otherwise ignored (0)
 * @param vwapDays trading days in the VWAP look-back, ending on the day; used by the VWAP references
 */
public record PriceRule(PriceReference reference, double fixedPrice, int vwapDays) {

  /**
   * The longest VWAP look-back: a year of trading days. Financing prices are measured over days or weeks;
   * a longer look-back is a typing error, and every financing day of a path would walk it.
   */
  public static final int MAX_VWAP_DAYS = 252;

  public PriceRule {
    Checks.notNull(reference, "priceReference");
    if (reference == PriceReference.FIXED) {
      Checks.positive(fixedPrice, "price");
    }
    if (readsVwap(reference)) {
      Checks.positive(vwapDays, "vwapDays");
      if (vwapDays > MAX_VWAP_DAYS) {
        throw new InvalidValueException("vwapDays", "must be at most " + MAX_VWAP_DAYS
            + " (a year of trading days) but was " + vwapDays);
      }
    }
  }

  public static PriceRule fixed(double price) {
    return new PriceRule(PriceReference.FIXED, price, 0);
  }

  public static PriceRule close() {
    return new PriceRule(PriceReference.CLOSE, 0, 0);
  }

  public static PriceRule vwap(int days) {
    return new PriceRule(PriceReference.VWAP, 0, days);
  }

  public static PriceRule lesserOfCloseAndVwap(int days) {
    return new PriceRule(PriceReference.LESSER_OF_CLOSE_AND_VWAP, 0, days);
  }

  /** The same reference at a fixed price of {@code newPrice}; only a {@link PriceReference#FIXED} rule has one. */
  public PriceRule withFixedPrice(double newPrice) {
    if (reference != PriceReference.FIXED) {
      throw new InvalidValueException("price", "applies only to FIXED pricing, not " + reference);
    }
    return new PriceRule(reference, newPrice, vwapDays);
  }

  /** The same reference over a look-back of {@code newDays}; only the VWAP references have one. */
  public PriceRule withVwapDays(int newDays) {
    checkVwapDaysUsed(reference, true);
    return new PriceRule(reference, fixedPrice, newDays);
  }

  /** Trading days of closes this rule reads, ending on the day: 0 for a fixed price, 1 for the close. */
  public int lookbackDays() {
    return switch (reference) {
      case FIXED -> 0;
      case CLOSE -> 1;
      case VWAP, LESSER_OF_CLOSE_AND_VWAP -> vwapDays;
    };
  }

  /** The measured price given the day's close and the VWAP over {@link #vwapDays()} days. */
  public double measure(double close, double vwap) {
    return switch (reference) {
      case FIXED -> fixedPrice;
      case CLOSE -> close;
      case VWAP -> vwap;
      case LESSER_OF_CLOSE_AND_VWAP -> Math.min(close, vwap);
    };
  }

  /** Whether the measure reads the n-day VWAP. */
  public boolean readsVwap() {
    return readsVwap(reference);
  }

  private static boolean readsVwap(PriceReference reference) {
    return reference == PriceReference.VWAP || reference == PriceReference.LESSER_OF_CLOSE_AND_VWAP;
  }

  /** Rejects a {@code vwapDays} given for a reference that does not read it. */
  public static void checkVwapDaysUsed(PriceReference reference, boolean vwapDaysGiven) {
    if (vwapDaysGiven && !readsVwap(reference)) {
      throw new InvalidValueException("vwapDays", "applies only to VWAP and LESSER_OF_CLOSE_AND_VWAP pricing");
    }
  }
}
