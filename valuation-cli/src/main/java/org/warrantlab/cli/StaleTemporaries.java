package org.warrantlab.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The hidden temporary files {@link OutputFile} writes beside a target: short names (so a target whose
 * name is at the file system's limit can still be staged) that identify the target, so that those left
 * by a run killed mid-write are cleared by the next run writing the same target.
 */
final class StaleTemporaries {

  /** Older than this, a temporary of the same target belongs to a run that is no longer writing. */
  static final Duration STALE_AFTER = Duration.ofMinutes(10);

  private StaleTemporaries() {
  }

  /** A new name: ".wl-" and a hash of the target's name, a random part and ".tmp", 30 characters. */
  static Path newName(Path destination) {
    return destination.resolveSibling(prefix(destination)
        + String.format(Locale.ROOT, "%016x", ThreadLocalRandom.current().nextLong()) + ".tmp");
  }

  /** Deletes the temporaries of {@code destination} older than {@link #STALE_AFTER}; failures are ignored. */
  static void clear(Path destination) {
    Path directory = destination.getParent();
    if (directory == null) {
      return;
    }
    FileTime before = FileTime.from(Instant.now().minus(STALE_AFTER));
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, prefix(destination) + "*.tmp")) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry) && Files.getLastModifiedTime(entry).compareTo(before) < 0) {
          Files.deleteIfExists(entry);
        }
      }
    } catch (IOException e) {
      // a stale temporary is hidden and harmless; writing the report is what matters
    }
  }

  private static String prefix(Path destination) {
    return String.format(Locale.ROOT, ".wl-%08x-", destination.getFileName().toString().hashCode());
  }
}
