package org.warrantlab.cli.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import org.warrantlab.result.Estimate;

/** Figures as financial statements print them. */
final class Amounts {

  private Amounts() {
  }

  /** "1,234.56"; a reduction in parentheses, "(1,234.56)"; nil as "-". */
  static String money(BigDecimal amount) {
    if (amount.signum() == 0) {
      return "-";
    }
    DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.US));
    String digits = format.format(amount.abs());
    return amount.signum() < 0 ? "(" + digits + ")" : digits;
  }

  /** A per-warrant or per-share price, four decimals. */
  static String price(double value) {
    return String.format(Locale.US, "%.4f", value);
  }

  /** "0.4123 ± 0.0012": the estimate and its standard error. */
  static String estimate(Estimate estimate) {
    return estimate.standardError() == 0 ? price(estimate.value())
        : String.format(Locale.US, "%.4f ± %.4f", estimate.value(), estimate.standardError());
  }

  static String percent(double fraction) {
    return String.format(Locale.US, "%.2f%%", 100 * fraction);
  }

  static String count(long count) {
    return String.format(Locale.US, "%,d", count);
  }
}
