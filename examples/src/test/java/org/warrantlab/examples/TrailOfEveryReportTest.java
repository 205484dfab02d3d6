package org.warrantlab.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.audit.SoftwareVersion;

/**
 * The audit trail of the reports that read more than one file or one book at a time, and of the last tables that
 * lacked it: {@code compare} fingerprints both files, {@code batch} every valued book, {@code calibrate} and the
 * roll-forward's attribution CSV their input; the clock time in tables only (not the batch summary, which Spark
 * prints the same), JSON the same bytes on a second run.
 */
class TrailOfEveryReportTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern CLOCK = Pattern.compile("Run finished \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} UTC\\.");
  private static final String PLAIN = "examples/plain-warrant.json";
  private static final String HULL = "examples/hull-dilution.json";

  @TempDir
  static Path directory;

  private static String first;
  private static String second;

  @BeforeAll
  static void smallerCopies() throws IOException {
    first = smaller("examples/capstone-2009-09-30.json", "first.json");
    second = smaller("examples/capstone-2009-12-31.json", "second.json");
  }

  @Test
  void compareFingerprintsBothFilesInEveryFormatAndItsJsonIsTheSameBytesOnASecondRun() throws IOException {
    String json = AuditFileTest.run("compare", first, second, "--format", "json");
    assertEquals(json, AuditFileTest.run("compare", first, second, "--format", "json"));
    JsonNode report = MAPPER.readTree(json);
    assertEquals("audit", report.fieldNames().next());
    JsonNode audit = report.get("audit");
    assertEquals("warrantlab " + SoftwareVersion.current().version(), audit.get("software").asText());
    assertEquals(SoftwareVersion.current().revision(), audit.get("revision").asText());
    for (String side : List.of("first", "second")) {
      String file = side.equals("first") ? first : second;
      JsonNode trail = audit.get(side);
      assertEquals(List.of("input", "inputSha256", "seed", "paths", "method"), names(trail), side);
      assertEquals(file, trail.get("input").asText());
      assertEquals(AuditTrail.sha256(Path.of(file)), trail.get("inputSha256").asText());
      assertEquals(20091130, trail.get("seed").asLong());
      assertEquals(8000, trail.get("paths").asLong());
      assertEquals("PSEUDO", trail.get("method").asText());
    }
    String table = AuditFileTest.run("compare", first, second, "--wide");
    String memo = AuditFileTest.run("compare", first, second, "--format", "markdown");
    for (String text : List.of(table, memo)) {
      assertTrue(text.contains(SoftwareVersion.current().text() + "; first input " + first + ", SHA-256 "
          + AuditTrail.sha256(Path.of(first)) + "; seed 20091130, 8,000 paths, pseudo-random sampling; second input "
          + second + ", SHA-256 " + AuditTrail.sha256(Path.of(second)) + "; seed 20091130, 8,000 paths,"
          + " pseudo-random sampling."), text);
    }
    assertTrue(CLOCK.matcher(table).find(), "the table gives the clock time");
    assertFalse(CLOCK.matcher(memo).find(), "the memo stays the same bytes");
    assertTrue(memo.contains("## Audit trail"));
  }

  @Test
  void calibrateCarriesTheTrailInEveryFormat() throws IOException {
    String[] args = {"calibrate", PLAIN, "--price", "0.45", "--paths", "4000"};
    JsonNode json = MAPPER.readTree(AuditFileTest.run(with(args, "--format", "json")));
    assertEquals("audit", json.fieldNames().next());
    assertTrail(json.get("audit"), PLAIN, 20091130, 4000);
    String table = AuditFileTest.run(with(args, "--wide"));
    assertTrue(table.contains("Audit trail: " + SoftwareVersion.current().text() + "; input " + PLAIN + ", SHA-256 "
        + AuditTrail.sha256(Path.of(PLAIN)) + "; seed 20091130, 4,000 paths, pseudo-random sampling."), table);
    assertTrue(CLOCK.matcher(table).find());
    String[] csv = AuditFileTest.run(with(args, "--format", "csv")).split("\n");
    assertTrue(csv[0].endsWith("\"paths\",\"seed\",\"software\",\"revision\",\"input\",\"inputSha256\",\"method\""),
        csv[0]);
    assertTrue(csv[1].endsWith(",4000,20091130,\"warrantlab " + SoftwareVersion.current().version() + "\",\""
        + SoftwareVersion.current().revision() + "\",\"" + PLAIN + "\",\"" + AuditTrail.sha256(Path.of(PLAIN))
        + "\",\"PSEUDO\""), csv[1]);
  }

  @Test
  void batchFingerprintsEveryValuedBookInEveryFormat() throws IOException {
    String rollforward = "examples/capstone-fy2010-rollforward.json";
    String[] args = {"batch", PLAIN, HULL, rollforward, "--paths", "4000"};
    String json = AuditFileTest.run(with(args, "--format", "json"));
    assertEquals(json, AuditFileTest.run(with(args, "--format", "json")));
    JsonNode summary = MAPPER.readTree(json);
    assertEquals("audit", summary.fieldNames().next());
    assertEquals(List.of("software", "revision"), names(summary.get("audit")));
    JsonNode files = summary.get("files");
    long[] seeds = {20091130, 42};
    for (int f = 0; f < 2; f++) {
      String file = f == 0 ? PLAIN : HULL;
      assertEquals(AuditTrail.sha256(Path.of(file)), files.get(f).get("inputSha256").asText(), file);
      assertEquals(seeds[f], files.get(f).get("seed").asLong(), file);
      assertEquals(4000, files.get(f).get("paths").asLong(), file);
      assertEquals("PSEUDO", files.get(f).get("method").asText(), file);
    }
    assertFalse(files.get(2).has("inputSha256"), "a skipped file was not valued");
    String table = AuditFileTest.run(with(args, "--wide"));
    assertTrue(table.contains("Audit trail: " + SoftwareVersion.current().text() + "; each valued file's"
        + " fingerprint and settings:\n  - input " + PLAIN + ", SHA-256 " + AuditTrail.sha256(Path.of(PLAIN))
        + "; seed 20091130, 4,000 paths, pseudo-random sampling\n  - input " + HULL + ", SHA-256 "
        + AuditTrail.sha256(Path.of(HULL)) + "; seed 42, 4,000 paths, pseudo-random sampling\n"), table);
    assertFalse(CLOCK.matcher(table).find(), "the summary is the same bytes wherever and whenever it ran");
    String[] csv = AuditFileTest.run(with(args, "--format", "csv")).split("\n");
    assertEquals("file,status,total_fair_value,standard_error,note,software,revision,input_sha256,seed,paths,method",
        csv[0]);
    assertTrue(csv[2].endsWith(",\"warrantlab " + SoftwareVersion.current().version() + "\",\""
        + SoftwareVersion.current().revision() + "\"," + AuditTrail.sha256(Path.of(HULL)) + ",42,4000,PSEUDO"), csv[2]);
  }

  @Test
  void theRollForwardsAttributionCsvCarriesTheTrailOnEveryRow() {
    String input = "examples/capstone-fy2010-rollforward.json";
    String[] lines = AuditFileTest.run("rollforward", input, "--paths", "4000", "--format", "csv", "--table",
        "attribution").split("\n");
    assertEquals("\"span\",\"from\",\"to\",\"tranche\",\"factor\",\"amount\",\"standardError\",\"distinguishable\","
        + "\"software\",\"revision\",\"input\",\"inputSha256\",\"seed\",\"paths\",\"method\"", lines[0]);
    String trail = ",\"warrantlab " + SoftwareVersion.current().version() + "\",\""
        + SoftwareVersion.current().revision() + "\",\"" + input + "\",\"" + AuditTrail.sha256(Path.of(input))
        + "\",20100331,4000,\"PSEUDO\"";
    for (int k = 1; k < lines.length; k++) {
      assertTrue(lines[k].endsWith(trail), lines[k]);
    }
  }

  @Test
  void termMatchedVolatilityFingerprintsTheBookAndEveryPriceFileItBlends() throws IOException {
    String prices = "examples/illustrative-prices.csv";
    String peer = "examples/illustrative-peer-a-prices.csv";
    String book = "examples/capstone-2009-12-31.json";
    String[] args = {"vol", prices, "--terms-of", book, "--allow-short-history", "--peer", peer};
    JsonNode report = MAPPER.readTree(AuditFileTest.run(with(args, "--format", "json")));
    assertEquals(AuditTrail.sha256(Path.of(prices)), report.get("audit").get("inputSha256").asText());
    assertEquals(AuditTrail.sha256(Path.of(book)), report.get("bookSha256").asText());
    assertEquals(AuditTrail.sha256(Path.of(prices)), report.get("sources").get(0).get("sha256").asText());
    assertEquals(AuditTrail.sha256(Path.of(peer)), report.get("sources").get(1).get("sha256").asText());
    String table = AuditFileTest.run(args);
    for (String file : List.of(prices, peer, book)) {
      assertTrue(table.contains(AuditTrail.sha256(Path.of(file))), file);
    }
  }

  private static void assertTrail(JsonNode audit, String file, long seed, long paths) {
    assertEquals(List.of("software", "revision", "input", "inputSha256", "seed", "paths", "method"), names(audit));
    assertEquals(file, audit.get("input").asText());
    assertEquals(AuditTrail.sha256(Path.of(file)), audit.get("inputSha256").asText());
    assertEquals(seed, audit.get("seed").asLong());
    assertEquals(paths, audit.get("paths").asLong());
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** A copy of {@code example} simulating 8,000 paths, so that the test runs in seconds. */
  private static String smaller(String example, String name) throws IOException {
    ObjectNode input = (ObjectNode) MAPPER.readTree(Path.of(example).toFile());
    ((ObjectNode) input.get("simulation")).put("paths", 8000);
    Path copy = directory.resolve(name);
    MAPPER.writeValue(copy.toFile(), input);
    return copy.toString();
  }

  private static String[] with(String[] args, String... more) {
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of(more));
    return all.toArray(String[]::new);
  }
}
