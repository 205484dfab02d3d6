package org.warrantlab.cli.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
  void setsANumberOnACopyAndLeavesTheDocumentAlone() throws Exception {
    JsonNode document = document();
    JsonNode changed = InputPath.parse("warrants[1].exercisePrice").with(document, 2.5);
    assertEquals(2.5, changed.get("warrants").get(1).get("exercisePrice").asDouble(), 0.0);
    assertEquals(1.42, document.get("warrants").get(1).get("exercisePrice").asDouble(), 0.0);
    assertEquals(0.8, InputPath.parse("market.volatility").number(document), 0.0);
    assertTrue(InputPath.parse("market.dividendYield").optionalNumber(document).isEmpty());
  }

  @Test
  void namesWhereAPathLeadsNowhere() throws Exception {
    JsonNode document = document();
    InputException index = assertThrows(InputException.class,
        () -> InputPath.parse("warrants[2].exercisePrice").with(document, 1.0));
    assertEquals("warrants has 2 elements, so no [2]", index.getMessage());
    InputException missing = assertThrows(InputException.class, () -> InputPath.parse("simulation.paths").with(document, 1));
    assertEquals("simulation is not in the file", missing.getMessage());
    InputException text = assertThrows(InputException.class, () -> InputPath.parse("warrants[0].id").with(document, 1));
    assertEquals("warrants[0].id holds the string \"a\", not a number", text.getMessage());
    assertThrows(IllegalArgumentException.class, () -> InputPath.parse("market..spot"));
    assertThrows(IllegalArgumentException.class, () -> InputPath.parse("warrants[0]"));
    assertThrows(IllegalArgumentException.class, () -> InputPath.parse("market.spot[x]"));
  }
}
