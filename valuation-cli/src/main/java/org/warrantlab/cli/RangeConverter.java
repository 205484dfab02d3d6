package org.warrantlab.cli;

import java.math.BigDecimal;
import org.warrantlab.cli.input.DecimalText;
import org.warrantlab.cli.input.PerturbationPaths;
import org.warrantlab.scenario.NumericInput;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --range PATH=LOW:HIGH}: an input of a tornado chart and its two settings. */
final class RangeConverter implements ITypeConverter<RangeConverter.Range> {

  /**
   * A {@code --range}: an input and its low and high values.
   *
   * @param text the option's value as given, for messages
   * @param path the input's JSON path, which also names a bar the tornado adds
   * @param place the number the path names
   */
  record Range(String text, String path, NumericInput place, double low, double high) {
  }

  @Override
  public Range convert(String text) {
    int equals = text.indexOf('=');
    String[] parts = equals < 0 ? new String[0] : text.substring(equals + 1).split(":", -1);
    if (parts.length != 2) {
      throw new TypeConversionException("'" + text + "' must be PATH=LOW:HIGH, e.g. market.volatility=0.6:1.0");
    }
    String path = text.substring(0, equals).strip();
    try {
      BigDecimal low = number(path, parts[0]);
      BigDecimal high = number(path, parts[1]);
      if (low.compareTo(high) >= 0) {
        throw new TypeConversionException(path + ": the low setting " + low.toPlainString()
            + " must be below the high " + high.toPlainString());
      }
      return new Range(text.strip(), path, PerturbationPaths.number(path), low.doubleValue(), high.doubleValue());
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException(e.getMessage());
    }
  }

  private static BigDecimal number(String path, String text) {
    try {
      return DecimalText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage() + "; --range needs two numbers LOW:HIGH");
    }
  }
}
