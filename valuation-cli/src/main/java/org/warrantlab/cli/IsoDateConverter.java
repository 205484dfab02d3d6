package org.warrantlab.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option in ISO form (yyyy-MM-dd), saying so when the text is not one. */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new TypeConversionException("'" + text + "' is not an ISO date (yyyy-MM-dd)");
    }
  }
}
