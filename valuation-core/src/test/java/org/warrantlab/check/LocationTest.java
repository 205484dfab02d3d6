package org.warrantlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LocationTest {

  @Test
  void aLoneFieldReadsAsItsNameSoPlainChecksKeepTheirMessages() {
    InvalidValueException e = new InvalidValueException("volatility", "must be positive and finite but was -1.0");
    assertEquals(Location.of("volatility"), e.location());
    assertEquals("volatility", e.field());
    assertEquals("volatility must be positive and finite but was -1.0", e.getMessage());
  }

  @Test
  void aPlaceInAPlanReadsInTheDomainsWordsWithNoInputSyntax() {
    InvalidValueException e = new InvalidValueException(Location.period(2).event(0).field("count"), "(5) exceeds 4");
    assertEquals("period #2 event #0 count (5) exceeds 4", e.getMessage());
    assertEquals("opening measurement market", Location.opening().market().toString());
    assertEquals("tranche #1 issueDate", Location.tranche(1).field("issueDate").toString());
    assertEquals("financing #3 start", Location.financing(3).field("start").toString());
    assertEquals("tranches", Location.tranches().toString());
  }

  @Test
  void aProblemFoundInsideAPlaceKeepsItsOwnSteps() {
    Location nested = Location.period(1).event(4).then(Location.of("exercisePrice"));
    assertEquals(List.of(new Location.Period(1), new Location.Event(4), new Location.Field("exercisePrice")),
        nested.steps());
    assertTrue(nested.endsAtField("exercisePrice"));
    assertFalse(nested.endsAtField("count"));
    assertFalse(Location.period(1).market().endsAtField("market"));
  }

  @Test
  void stepsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> Location.tranche(-1));
    assertThrows(IllegalArgumentException.class, () -> Location.of(" "));
    assertThrows(IllegalArgumentException.class, () -> new Location(List.of()));
  }
}
