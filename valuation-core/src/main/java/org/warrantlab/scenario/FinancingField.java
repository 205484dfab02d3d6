package org.warrantlab.scenario;

import org.warrantlab.check.InvalidValueException;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FinancingSize;
import org.warrantlab.event.FinancingTerms;
import org.warrantlab.event.FinancingWindow;
import org.warrantlab.event.PoissonFinancing;

/**
 * A number of a financing assumption: how likely, how large, at what discount and price. Read and changed
 * through the {@code with…} methods of the financing, its terms, size and price rule.
 */
public enum FinancingField {

  /** A dated window's probability of one financing. */
  PROBABILITY {
    @Override
    double of(Financing financing) {
      return window(financing).probability();
    }

    @Override
    Financing with(Financing financing, double value) {
      return window(financing).withProbability(value);
    }
  },

  /** A Poisson assumption's expected financings a year. */
  INTENSITY {
    @Override
    double of(Financing financing) {
      return poisson(financing).intensity();
    }

    @Override
    Financing with(Financing financing, double value) {
      return poisson(financing).withIntensity(value);
    }
  },

  /** Dollars raised (0 when sized by shares). */
  AMOUNT {
    @Override
    double of(Financing financing) {
      return financing.terms().size().amount();
    }

    @Override
    Financing with(Financing financing, double value) {
      return withSize(financing, financing.terms().size().withAmount(value));
    }
  },

  /** Shares sold (0 when sized by amount). */
  SHARES {
    @Override
    double of(Financing financing) {
      return financing.terms().size().shares();
    }

    @Override
    Financing with(Financing financing, double value) {
      return withSize(financing, financing.terms().size().withShares(value));
    }
  },

  /** Cap on shares sold (infinite: none). */
  MAX_SHARES {
    @Override
    double of(Financing financing) {
      return financing.terms().size().maxShares();
    }

    @Override
    Financing with(Financing financing, double value) {
      return withSize(financing, financing.terms().size().withMaxShares(value));
    }
  },

  /** Cap on dollars raised (infinite: none). */
  MAX_AMOUNT {
    @Override
    double of(Financing financing) {
      return financing.terms().size().maxAmount();
    }

    @Override
    Financing with(Financing financing, double value) {
      return withSize(financing, financing.terms().size().withMaxAmount(value));
    }
  },

  /** Fraction below the reference price. */
  DISCOUNT {
    @Override
    double of(Financing financing) {
      return financing.terms().discount();
    }

    @Override
    Financing with(Financing financing, double value) {
      return financing.withTerms(financing.terms().withDiscount(value));
    }
  },

  /** The issue price of a fixed-price financing. */
  FIXED_PRICE {
    @Override
    double of(Financing financing) {
      return PriceField.FIXED_PRICE.of(financing.terms().pricing());
    }

    @Override
    Financing with(Financing financing, double value) {
      return withPricing(financing, PriceField.FIXED_PRICE, value);
    }
  },

  /** Trading days of the VWAP the issue price is measured from. */
  VWAP_DAYS {
    @Override
    double of(Financing financing) {
      return PriceField.VWAP_DAYS.of(financing.terms().pricing());
    }

    @Override
    Financing with(Financing financing, double value) {
      return withPricing(financing, PriceField.VWAP_DAYS, value);
    }
  };

  abstract double of(Financing financing);

  abstract Financing with(Financing financing, double value);

  /** The field that says how likely {@code financing} is: a window's probability or a Poisson intensity. */
  public static FinancingField likelihood(Financing financing) {
    return financing instanceof FinancingWindow ? PROBABILITY : INTENSITY;
  }

  private static FinancingWindow window(Financing financing) {
    if (financing instanceof FinancingWindow window) {
      return window;
    }
    throw new InvalidValueException("probability", "belongs to a dated window; this financing is a Poisson"
        + " assumption with an intensity");
  }

  private static PoissonFinancing poisson(Financing financing) {
    if (financing instanceof PoissonFinancing poisson) {
      return poisson;
    }
    throw new InvalidValueException("intensity", "belongs to a Poisson assumption; this financing is a dated"
        + " window with a probability");
  }

  private static Financing withSize(Financing financing, FinancingSize size) {
    return financing.withTerms(financing.terms().withSize(size));
  }

  private static Financing withPricing(Financing financing, PriceField field, double value) {
    FinancingTerms terms = financing.terms();
    return financing.withTerms(terms.withPricing(field.with(terms.pricing(), value)));
  }
}
