package org.warrantlab.cli;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Test inputs: a valid two-tranche book, and variants of it written to files. */
final class InputFiles {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .disable(JsonWriteFeature.WRITE_NAN_AS_STRINGS)
      .build();

  static final String VALID = """
      {
        "valuationDate": "2009-09-30",
        "market": { "spot": 1.32, "volatility": 0.80, "riskFreeRate": 0.024,
                    "dividendYield": 0.0, "sharesOutstanding": 196109428 },
        "warrants": [
          { "id": "2008-09", "count": 6445698, "sharesPerWarrant": 1.0, "exercisePrice": 1.92,
            "issueDate": "2008-09-23", "expiryDate": "2013-09-23",
            "exerciseStyle": "EUROPEAN", "dilution": "NONE" },
          { "id": "2009-09", "count": 10838151, "exercisePrice": 1.42,
            "issueDate": "2009-09-30", "expiryDate": "2016-05-07", "dilution": "SHARE_COUNT" }
        ],
        "simulation": { "paths": 20000, "seed": 20091130, "antithetic": true }
      }
      """;

  private InputFiles() {
  }

  static ObjectNode validTree() {
    try {
      return (ObjectNode) MAPPER.readTree(VALID);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path write(Path directory, String name, String text) {
    try {
      return Files.writeString(directory.resolve(name), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The valid input changed by {@code change}, written to {@code directory/input.json}. */
  static Path variant(Path directory, Consumer<ObjectNode> change) {
    ObjectNode tree = validTree();
    change.accept(tree);
    try {
      return write(directory, "input.json", MAPPER.writeValueAsString(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The valid book with a full ratchet (floor 0.50, shares adjust) on its first tranche and a 50% chance of
   * a $25M down round in March 2010 at 6% below the lesser of close and 10-day VWAP.
   */
  static ObjectNode resetTree() {
    ObjectNode root = validTree();
    warrant(root, 0).putObject("antiDilution").put("type", "FULL_RATCHET").put("floor", 0.5).put("adjustShares", true);
    root.putArray("financings").addObject().put("start", "2010-03-01").put("end", "2010-03-31")
        .put("probability", 0.5).put("amount", 25_000_000).put("discount", 0.06)
        .put("priceReference", "LESSER_OF_CLOSE_AND_VWAP").put("vwapDays", 10);
    return root;
  }

  /** {@code tree} written to {@code directory/name}. */
  static Path write(Path directory, String name, ObjectNode tree) {
    try {
      return write(directory, name, MAPPER.writeValueAsString(tree));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The valid book without the control variate, written to {@code directory/input.json}: for tests of the
   * simulation's error, which the control variate removes from plain tranches (each is its own control).
   */
  static Path uncontrolled(Path directory) {
    return variant(directory, tree -> ((ObjectNode) tree.get("simulation")).put("controlVariate", false));
  }

  static ObjectNode market(ObjectNode root) {
    return (ObjectNode) root.get("market");
  }

  static ObjectNode warrant(ObjectNode root, int index) {
    return (ObjectNode) root.get("warrants").get(index);
  }
}
