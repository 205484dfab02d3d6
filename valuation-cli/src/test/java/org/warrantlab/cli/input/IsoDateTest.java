package org.warrantlab.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IsoDateTest {

  @Test
  void readsARealDayWithAFourDigitYear() {
    assertEquals(Optional.of(LocalDate.of(2012, 2, 29)), IsoDate.parse("2012-02-29"));
    assertEquals(Optional.of(LocalDate.of(1, 1, 1)), IsoDate.parse("0001-01-01"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2013-02-29", "2010-13-01", "2009/09/23", "21/09/2009", "2009-9-23", "+10000-01-01",
      "+999999999-12-31", "-0001-01-01", "20090923", " 2009-09-23", "2009-09-23T00:00", ""})
  void refusesAnythingElse(String text) {
    assertTrue(IsoDate.parse(text).isEmpty(), text);
  }
}
