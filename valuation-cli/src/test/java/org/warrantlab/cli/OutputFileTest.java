package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output files are written all at once: never half-written, an existing one never truncated or replaced by a
 * failed run, no temporary file left behind, and the permissions of any new file (or of the file replaced).
 */
class OutputFileTest {

  @TempDir
  Path directory;

  @Test
  void aNewReportGetsTheUsualPermissionsOfANewFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path usual = Files.createFile(directory.resolve("usual.txt"));
    Path report = directory.resolve("report.json");
    CliRun run = CliRun.of("value", InputFiles.write(directory, "book.json", InputFiles.VALID).toString(),
        "--paths", "2000", "--format", "json", "--output", report.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(Files.getPosixFilePermissions(usual), Files.getPosixFilePermissions(report),
        "not the owner-only permissions of a temporary file");
  }

  @Test
  void aReplacedFileKeepsItsPermissions() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
    Path report = Files.writeString(directory.resolve("report.csv"), "old");
    Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
    OutputFile.write(report, "new");
    assertEquals("new", Files.readString(report));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
  }

  @Test
  void aFailedWriteReplacesNoneOfTheFilesAndLeavesNoTemporaryFile() throws IOException {
    Path report = Files.writeString(directory.resolve("report.txt"), "previous report");
    Path chart = Files.writeString(directory.resolve("chart.png"), "previous chart");
    Map<Path, byte[]> files = new LinkedHashMap<>();
    files.put(report, bytes("new report"));
    files.put(chart, bytes("new chart"));
    files.put(directory.resolve("missing").resolve("other.svg"), bytes("never"));
    assertThrows(UserError.class, () -> OutputFile.writeAll(files));
    assertEquals("previous report", Files.readString(report));
    assertEquals("previous chart", Files.readString(chart));
    assertEquals(List.of("chart.png", "report.txt"), names());
  }

  @Test
  void aRunWritesTheReportAndEveryChartAndNothingElse() throws IOException {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    Path report = Files.writeString(directory.resolve("sweep.csv"), "previous");
    CliRun run = CliRun.of("sweep", input.toString(), "--vary", "market.volatility=0.6,0.8", "--paths", "2000",
        "--format", "csv", "--output", report.toString(), "--chart", directory.resolve("sweep.svg").toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(Files.readString(report).startsWith("\"market.volatility\","), Files.readString(report));
    assertEquals(List.of("book.json", "sweep.csv", "sweep.svg"), names());
  }

  @Test
  void aDirectoryOrAMissingDirectoryIsRefusedBeforeAnyWork() {
    Path input = InputFiles.write(directory, "book.json", InputFiles.VALID);
    CliRun intoDirectory = CliRun.of("value", input.toString(), "--output", directory.toString());
    assertEquals(2, intoDirectory.exitCode());
    assertEquals("warrantlab: --output " + directory + ": is a directory (see 'warrantlab value --help')",
        intoDirectory.err().strip());
    Path nowhere = directory.resolve("no").resolve("chart.png");
    CliRun chart = CliRun.of("converge", input.toString(), "--chart", nowhere.toString());
    assertEquals(2, chart.exitCode());
    assertEquals("warrantlab: --chart " + nowhere + ": the directory " + nowhere.getParent() + " does not exist (see"
        + " 'warrantlab converge --help')", chart.err().strip());
    CliRun extension = CliRun.of("tornado", input.toString(), "--chart", directory.resolve("chart.jpg").toString());
    assertTrue(extension.err().contains("name the file .png or .svg"), extension.err());
    assertTrue(Files.isDirectory(directory));
  }

  @Test
  void aSymbolicLinkIsWrittenThrough() throws IOException {
    Path target = Files.writeString(directory.resolve("real.txt"), "old");
    Path link;
    try {
      link = Files.createSymbolicLink(directory.resolve("link.txt"), target);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "no symbolic links here");
      return;
    }
    OutputFile.write(link, "new");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals("new", Files.readString(target));
  }

  @Test
  void theBytesAreWrittenExactly() throws IOException {
    byte[] image = new byte[70_000];
    for (int i = 0; i < image.length; i++) {
      image[i] = (byte) (i * 31);
    }
    Path chart = directory.resolve("c.png");
    OutputFile.write(chart, image);
    assertArrayEquals(image, Files.readAllBytes(chart));
    assertFalse(names().stream().anyMatch(name -> name.endsWith(".tmp")));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
