package org.warrantlab.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvTextTest {

  @Test
  void numbersArePlainDecimalsThatReadBackAsTheSameDouble() {
    assertEquals("0.0004645", CsvText.plain(4.645e-4));
    assertEquals("12870000", CsvText.plain(1.287e7));
    assertEquals("1", CsvText.plain(1.0));
    assertEquals("-0.1", CsvText.plain(-0.1));
    assertEquals("0", CsvText.plain(-0.0));
    assertEquals("", CsvText.plain(Double.NaN));
    for (double value : new double[] {3.7261964374005034E-4, 1.2686185246888066E7, 1e-300, 6.02e23, -2.5e-9}) {
      assertEquals(value, Double.parseDouble(CsvText.plain(value)), 0.0);
    }
  }

  @Test
  void textAndHeadersAreAlwaysQuotedNumbersAndBooleansNever() {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", "2008-09");
    row.put("count", 6_445_698L);
    row.put("amount", new BigDecimal("-6491164.33"));
    row.put("note", "a \"quoted\" word, and a comma");
    row.put("distinguishable", true);
    assertEquals("\"id\",\"count\",\"amount\",\"note\",\"distinguishable\",\"absent\"\n"
        + "\"2008-09\",6445698,-6491164.33,\"a \"\"quoted\"\" word, and a comma\",true,\n",
        CsvText.of(List.of("id", "count", "amount", "note", "distinguishable", "absent"), List.of(row)));
  }
}
