package org.warrantlab.cli;

import java.time.LocalDate;
import org.warrantlab.cli.input.IsoDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a date option as an {@link IsoDate}, saying so when the text is not one. */
final class IsoDateConverter implements ITypeConverter<LocalDate> {

  @Override
  public LocalDate convert(String text) {
    return IsoDate.parse(text)
        .orElseThrow(() -> new TypeConversionException("'" + text + "' is not " + IsoDate.FORM));
  }
}
