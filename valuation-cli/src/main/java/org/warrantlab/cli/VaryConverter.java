package org.warrantlab.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.DecimalText;
import org.warrantlab.cli.input.PerturbationPaths;
import org.warrantlab.scenario.NumericInput;
import org.warrantlab.sweep.SweepAxis;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --vary PATH=FROM:TO:STEP} (a range, both ends included when whole steps reach the end)
 * or {@code --vary PATH=V1,V2,...} (listed values) into a sweep axis of the number at PATH, named by PATH.
 */
final class VaryConverter implements ITypeConverter<SweepAxis> {

  @Override
  public SweepAxis convert(String text) {
    int equals = text.indexOf('=');
    if (equals < 0) {
      throw new TypeConversionException("'" + text + "' must be PATH=FROM:TO:STEP or PATH=V1,V2,...,"
          + " e.g. market.volatility=0.4:1.2:0.1");
    }
    String path = text.substring(0, equals).strip();
    String values = text.substring(equals + 1).strip();
    try {
      NumericInput place = PerturbationPaths.number(path);
      return values.contains(":") ? range(path, place, values) : listed(path, place, values);
    } catch (IllegalArgumentException e) {
      String message = e instanceof InvalidValueException invalid ? invalid.field() + " " + invalid.problem()
          : e.getMessage();
      throw new TypeConversionException(message);
    }
  }

  private static SweepAxis range(String path, NumericInput place, String values) {
    String[] parts = values.split(":", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException(path + ": '" + values + "' must be FROM:TO:STEP, e.g. 0.4:1.2:0.1");
    }
    return SweepAxis.range(path, place, number(path, parts[0]), number(path, parts[1]), number(path, parts[2]));
  }

  private static SweepAxis listed(String path, NumericInput place, String values) {
    List<Double> numbers = new ArrayList<>();
    for (String value : values.split(",", -1)) {
      numbers.add(number(path, value).doubleValue());
    }
    return new SweepAxis(path, place, numbers);
  }

  private static BigDecimal number(String path, String text) {
    try {
      return DecimalText.parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(path + ": " + e.getMessage());
    }
  }
}
