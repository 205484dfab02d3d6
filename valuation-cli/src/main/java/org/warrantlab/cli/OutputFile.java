package org.warrantlab.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes an output file all at once: the text goes to a temporary file beside the target, which is then
 * renamed over it, so a failed run never leaves a half-written or truncated file.
 */
public final class OutputFile {

  private OutputFile() {
  }

  /** Prints {@code text} to {@code out}, or writes it to {@code target} when the user named one. */
  public static void deliver(PrintWriter out, Path target, String text) {
    if (target == null) {
      out.print(text);
      out.flush();
    } else {
      write(target, text);
    }
  }

  public static void write(Path target, String text) {
    write(target, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Writes {@code bytes} (a chart image, say) to {@code target} all at once. */
  public static void write(Path target, byte[] bytes) {
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(directory, "." + absolute.getFileName(), ".tmp");
      Files.write(temporary, bytes);
      moveIntoPlace(temporary, absolute);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UserError("cannot write the output file " + target + ": " + describe(e));
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path path) {
    if (path != null) {
      try {
        Files.deleteIfExists(path);
      } catch (IOException ignored) {
        // the temporary file is hidden and harmless; the original error is what the user needs
      }
    }
  }

  private static String describe(IOException e) {
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "the directory does not exist";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return String.valueOf(e.getMessage());
  }
}
