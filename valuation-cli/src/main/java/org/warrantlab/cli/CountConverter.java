package org.warrantlab.cli;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Function;
import org.warrantlab.cli.input.DecimalText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads a whole number typed on the command line the way people write large counts: {@code 1000000},
 * {@code 1_000_000} or {@code 1e6}. A number with a fraction ({@code 12.5}) or beyond the type's range is
 * refused with one line.
 */
final class CountConverter<T> implements ITypeConverter<T> {

  private final BigInteger min;
  private final BigInteger max;
  private final Function<BigInteger, T> narrow;

  private CountConverter(long min, long max, Function<BigInteger, T> narrow) {
    this.min = BigInteger.valueOf(min);
    this.max = BigInteger.valueOf(max);
    this.narrow = narrow;
  }

  static CountConverter<Long> longs() {
    return new CountConverter<>(Long.MIN_VALUE, Long.MAX_VALUE, BigInteger::longValueExact);
  }

  static CountConverter<Integer> ints() {
    return new CountConverter<>(Integer.MIN_VALUE, Integer.MAX_VALUE, BigInteger::intValueExact);
  }

  @Override
  public T convert(String text) {
    return narrow.apply(whole(text, min, max));
  }

  /** The whole number {@code text} states, between {@code min} and {@code max}. */
  static BigInteger whole(String text, BigInteger min, BigInteger max) {
    String digits = text.strip();
    if (digits.matches("[+-]?\\d+(_+\\d+)+")) {
      digits = digits.replace("_", "");
    }
    BigDecimal number;
    try {
      number = DecimalText.parse(digits);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage() + "; write a whole number as 1000000, 1_000_000 or 1e6");
    }
    BigInteger whole;
    try {
      whole = number.toBigIntegerExact();
    } catch (ArithmeticException e) {
      throw new TypeConversionException("'" + text.strip() + "' is not a whole number: it has a fraction ("
          + number.toPlainString() + ")");
    }
    if (whole.compareTo(min) < 0 || whole.compareTo(max) > 0) {
      throw new TypeConversionException("'" + text.strip() + "' is out of range: it must lie between " + min
          + " and " + max);
    }
    return whole;
  }
}
