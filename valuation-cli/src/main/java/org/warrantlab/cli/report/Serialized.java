package org.warrantlab.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The JSON and CSV writing every report shares: indented JSON ending in a newline; CSV with a header. */
final class Serialized {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private Serialized() {
  }

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Rows of named fields as a JSON array. */
  static JsonNode tree(List<Map<String, Object>> rows) {
    return JSON.valueToTree(rows);
  }

  static String json(JsonNode root) {
    try {
      return JSON.writeValueAsString(root) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the JSON report", e);
    }
  }

  /** The rows under a header of {@code columns}; a field a row lacks is an empty cell (see {@link CsvText}). */
  static String csv(List<String> columns, List<Map<String, Object>> rows) {
    return CsvText.of(columns, rows);
  }

}
