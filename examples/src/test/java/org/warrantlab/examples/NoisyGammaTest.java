package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/** A reset tranche's bumped gamma with a standard error above 25% of its value is flagged as noisy. */
class NoisyGammaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void theRatchetsGammaIsNoisyOnFewPathsAndAPlainTranchesNeverIs() throws IOException {
    JsonNode report = MAPPER.readTree(AuditFileTest.run("greeks", "examples/capstone-2009-09-30.json", "--paths",
        "8000", "--format", "json"));
    String table = AuditFileTest.run("greeks", "examples/capstone-2009-09-30.json", "--paths", "8000");
    int noisy = 0;
    for (JsonNode warrant : report.get("warrants")) {
      JsonNode gamma = warrant.get("bumped").get("gamma");
      boolean expected = gamma.get("standardError").asDouble() > 0.25 * Math.abs(gamma.get("value").asDouble());
      assertEquals(expected, warrant.get("gammaNoisy").asBoolean(), warrant.get("id").asText());
      noisy += expected ? 1 : 0;
    }
    assertTrue(report.get("warrants").get(1).get("gammaNoisy").asBoolean(), "the full ratchet's gamma on 8,000 paths");
    assertEquals(noisy, table.split("\\(noisy\\)", -1).length - 2, "each noisy gamma marked, and the note once");
    JsonNode plain = MAPPER.readTree(AuditFileTest.run("greeks", "examples/plain-warrant.json", "--paths", "2000",
        "--format", "json"));
    assertFalse(plain.get("warrants").get(0).get("gammaNoisy").asBoolean(), "a tranche that cannot reset");
  }
}
