package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {

  @TempDir
  Path directory;

  @Test
  void aBadBookIsReportedWithItsLineAndTheOthersAreStillValued() throws IOException {
    Path books = Files.createDirectories(directory.resolve("books"));
    InputFiles.write(books, "a.json", InputFiles.VALID);
    InputFiles.write(books, "b.json", InputFiles.VALID.replace("\"spot\"", "\"spots\""));
    InputFiles.write(books, "c.json", InputFiles.VALID);
    Files.writeString(books.resolve("d.json"), "{\"opening\": {}, \"periods\": []}");
    Files.writeString(books.resolve("notes.txt"), "not a book");

    CliRun run = CliRun.of("batch", books.toString(), "--paths", "4096", "--format", "json");

    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertEquals("warrantlab: 1 of 4 files could not be valued; the summary says why", run.err().strip());
    JsonNode summary = InputFiles.MAPPER.readTree(run.out());
    assertEquals(1, summary.get("failed").asInt());
    JsonNode files = summary.get("files");
    assertEquals(4, files.size());
    assertEquals("valued", files.get(0).get("status").asText());
    assertEquals(books.resolve("b.json") + ": market.spot is required but missing",
        files.get(1).get("note").asText());
    assertEquals("valued", files.get(2).get("status").asText());
    assertEquals("skipped", files.get(3).get("status").asText());
    JsonNode value = InputFiles.MAPPER.readTree(CliRun.of("value", books.resolve("a.json").toString(), "--paths",
        "4096", "--format", "json").out());
    assertEquals(value.get("totalFairValue").asDouble(), files.get(0).get("totalFairValue").asDouble());
    assertEquals(value.get("totalStandardError").asDouble(), files.get(0).get("standardError").asDouble());
  }

  @Test
  void theReportsAndTheSummaryAreWrittenToTheOutputFolderWithTheValueCommandsBytes() throws IOException {
    Path book = InputFiles.write(directory, "book.json", InputFiles.VALID);
    Path out = directory.resolve("reports");

    CliRun run = CliRun.of("batch", directory.resolve("*.json").toString(), "--paths", "4096", "--output-dir",
        out.toString(), "--format", "csv");

    assertEquals(Main.OK, run.exitCode(), run.err());
    assertEquals(run.out(), Files.readString(out.resolve("summary.csv")));
    assertEquals(CliRun.of("value", book.toString(), "--paths", "4096", "--format", "json").out(),
        Files.readString(out.resolve("book-value.json")));
    assertTrue(run.out().startsWith("file,status,total_fair_value,standard_error,note,software,revision,input_sha256,"
        + "seed,paths,method\n\"" + book + "\",valued,"),
        run.out());
  }

  @Test
  void aSourceThatNamesNoFileIsRefusedBeforeAnyBookIsValued() {
    CliRun run = CliRun.of("batch", directory.resolve("*.json").toString(), "--output-dir",
        directory.resolve("reports").toString());

    assertEquals(Main.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("names no file"), run.err());
    assertFalse(Files.exists(directory.resolve("reports")));
  }
}
