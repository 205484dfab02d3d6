package org.warrantlab.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class InputPathTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode document() throws Exception {
    return MAPPER.readTree("""
        { "market": { "spot": 1.32, "volatility": 0.8 },
          "warrants": [ { "id": "a", "exercisePrice": 1.92 }, { "id": "b", "exercisePrice": 1.42 } ] }
        """);
  }

  @Test
  void readsTheNumberAtAPath() throws Exception {
    JsonNode document = document();
    assertEquals(1.42, InputPath.parse("warrants[1].exercisePrice").number(document), 0.0);
    assertEquals(0.8, InputPath.parse("market.volatility").number(document), 0.0);
  }

  @Test
  void namesWhereAPathLeadsNowhere() throws Exception {
    JsonNode document = document();
    InputException index = assertThrows(InputException.class,
        () -> InputPath.parse("warrants[2].exercisePrice").number(document));
    assertEquals("warrants has 2 elements, so no [2]", index.getMessage());
    InputException missing = assertThrows(InputException.class, () -> InputPath.parse("simulation.paths").number(document));
    assertEquals("simulation is not in the file", missing.getMessage());
    InputException absent = assertThrows(InputException.class,
        () -> InputPath.parse("market.dividendYield").number(document));
    assertEquals("market.dividendYield is not in the file (an optional input at its default)", absent.getMessage());
    InputException text = assertThrows(InputException.class, () -> InputPath.parse("warrants[0].id").number(document));
    assertEquals("warrants[0].id holds the string \"a\", not a number", text.getMessage());
    assertThrows(IllegalArgumentException.class, () -> InputPath.parse("market..spot"));
    assertThrows(IllegalArgumentException.class, () -> InputPath.parse("warrants[0]"));
    assertThrows(IllegalArgumentException.class, () -> InputPath.parse("market.spot[x]"));
  }
}
