package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --output never replaces a device, never writes through a trailing slash or a dangling link, and cleans up. */
class OutputHazardsTest {

  @TempDir
  Path directory;

  @Test
  void aFullDeviceReportsItsErrorAndIsNotReplaced() throws Exception {
    Path full = Path.of("/dev/full");
    assumeTrue(Files.exists(full) && !Files.isRegularFile(full), "needs /dev/full");
    UserError error = assertThrows(UserError.class, () -> OutputFile.write(full, "report"));
    assertEquals("cannot write the output file /dev/full: No space left on device", error.getMessage());
    assertFalse(Files.isRegularFile(full));
  }

  @Test
  void theNullDeviceIsWrittenAndStaysADevice() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "needs /dev/null");
    OutputFile.write(devNull, "report");
    assertFalse(Files.isRegularFile(devNull));
  }

  @Test
  void aTrailingSlashAndADanglingLinkAreRefused() throws Exception {
    String input = InputFiles.write(directory, "book.json", InputFiles.VALID).toString();
    CliRun slash = CliRun.of("value", input, "--paths", "1000", "--output", directory.resolve("out.txt") + "/");
    assertEquals(2, slash.exitCode(), slash.err());
    assertTrue(slash.err().contains("ends in '/', so names a directory; name a file"), slash.err());
    assertFalse(Files.exists(directory.resolve("out.txt")));
    Path link = Files.createSymbolicLink(directory.resolve("link.txt"), directory.resolve("missing/x.txt"));
    CliRun dangling = CliRun.of("value", input, "--paths", "1000", "--output", link.toString());
    assertEquals(2, dangling.exitCode(), dangling.err());
    assertTrue(dangling.err().contains("is a symbolic link to a file that does not exist"), dangling.err());
    assertTrue(Files.isSymbolicLink(link));
  }

  @Test
  void aNameAtTheFileSystemsLimitCanBeWritten() throws Exception {
    Path target = directory.resolve("a".repeat(251) + ".txt");
    OutputFile.write(target, "report");
    assertEquals("report", Files.readString(target));
  }

  @Test
  void aStaleTemporaryOfTheSameTargetIsClearedAndAFreshOneKept() throws Exception {
    Path target = directory.resolve("report.txt");
    Path stale = StaleTemporaries.newName(target);
    Path fresh = StaleTemporaries.newName(target);
    Path other = StaleTemporaries.newName(directory.resolve("other.txt"));
    for (Path temporary : new Path[] {stale, fresh, other}) {
      Files.writeString(temporary, "half");
    }
    FileTime old = FileTime.from(Instant.now().minus(Duration.ofHours(1)));
    Files.setLastModifiedTime(stale, old);
    Files.setLastModifiedTime(other, old);
    OutputFile.writeAll(Map.of(target, "report".getBytes()));
    assertFalse(Files.exists(stale));
    assertTrue(Files.exists(fresh));
    assertTrue(Files.exists(other));
    try (Stream<Path> names = Files.list(directory)) {
      assertEquals(3, names.count(), "the report, the fresh temporary and the other target's");
    }
  }

  @Test
  void aReadOnlyFileIsRefusedForAnOrdinaryUser() throws Exception {
    Path target = Files.writeString(directory.resolve("locked.txt"), "kept");
    Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
    assumeTrue(!Files.isWritable(target), "the superuser may write any file");
    assertEquals("is read-only", OutputFile.problemWith(target));
  }
}
