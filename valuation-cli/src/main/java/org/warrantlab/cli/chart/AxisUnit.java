package org.warrantlab.cli.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/** What the numbers on an axis are, which sets how a tick label reads and what the axis title adds. */
public enum AxisUnit {

  /** A rate, volatility, yield, probability or discount held as a fraction: 0.8 reads 80%. */
  PERCENT {
    @Override
    public String format(double value) {
      return decimals(value * 100, 2, 0) + "%";
    }

    @Override
    public String suffix(Optional<String> currency) {
      return " (%)";
    }
  },

  /** An amount or a price: thousands separated, cents where the amount is small, zero as 0. */
  MONEY {
    @Override
    public String format(double value) {
      if (value == 0) {
        return "0";
      }
      return Math.abs(value) >= 1000 ? String.format(Locale.US, "%,.0f", value) : decimals(value, 4, 2);
    }

    @Override
    public String suffix(Optional<String> currency) {
      return currency.map(code -> " (" + code + ")").orElse("");
    }
  },

  /** A count of warrants, shares, paths or days: a whole number, thousands separated. */
  COUNT {
    @Override
    public String format(double value) {
      return Math.rint(value) == value ? String.format(Locale.US, "%,.0f", value) : decimals(value, 4, 0);
    }
  },

  /** An identifier-like or unitless number (a seed, shares per warrant): as it is, without separators. */
  NUMBER {
    @Override
    public String format(double value) {
      return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
  };

  /** {@code value} as a tick label reads. */
  public abstract String format(double value);

  /** What follows the input's words in an axis title: its unit in brackets, or nothing. */
  public String suffix(Optional<String> currency) {
    return "";
  }

  /** At most {@code most} decimals, at least {@code least}, in exact decimal rounding. */
  private static String decimals(double value, int most, int least) {
    BigDecimal rounded = BigDecimal.valueOf(value).setScale(most, RoundingMode.HALF_UP).stripTrailingZeros();
    if (rounded.scale() < least) {
      rounded = rounded.setScale(least, RoundingMode.UNNECESSARY);
    }
    String text = rounded.toPlainString();
    int point = text.indexOf('.');
    String whole = point < 0 ? text : text.substring(0, point);
    String grouped = whole.startsWith("-") ? "-" + group(whole.substring(1)) : group(whole);
    return point < 0 ? grouped : grouped + text.substring(point);
  }

  private static String group(String digits) {
    StringBuilder grouped = new StringBuilder(digits);
    for (int at = digits.length() - 3; at > 0; at -= 3) {
      grouped.insert(at, ',');
    }
    return grouped.toString();
  }
}
