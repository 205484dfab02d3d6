package org.warrantlab.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;

class JsonLocationTest {

  @Test
  void eachPlaceOfTheCoreIsSpelledAsTheInputFilesSpellIt() {
    assertEquals("warrants", JsonLocation.of(Location.tranches()));
    assertEquals("warrants[1].issueDate", JsonLocation.of(Location.tranche(1).field("issueDate")));
    assertEquals("opening.market", JsonLocation.of(Location.opening().market()));
    assertEquals("periods[0].market", JsonLocation.of(Location.period(0).market()));
    assertEquals("periods[2].events[3].count", JsonLocation.of(Location.period(2).event(3).field("count")));
    assertEquals("periods[2].events[3]", JsonLocation.of(Location.period(2).event(3)));
    assertEquals("financings[0].start", JsonLocation.of(Location.financing(0).field("start")));
    assertEquals("scheduledResets[1].date", JsonLocation.of(Location.of("scheduledResets[1].date")));
  }

  @Test
  void aCoreProblemBecomesAnInputProblemAtItsPath() {
    InputException problem = JsonLocation.problem(new InvalidValueException(
        Location.period(1).event(0).then(Location.of("exercisePrice")), "must be positive and finite but was -1.0"));
    assertEquals("periods[1].events[0].exercisePrice", problem.location());
    assertEquals("periods[1].events[0].exercisePrice must be positive and finite but was -1.0", problem.getMessage());
  }
}
