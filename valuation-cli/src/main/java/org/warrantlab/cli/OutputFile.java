package org.warrantlab.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes output files all at once: each file's bytes go to a hidden temporary file beside it, which is
 * renamed over it only once every file of the run has been written, so a failed run never leaves a
 * half-written file and never truncates or replaces an existing one. A new file gets the permissions any
 * new file gets (the user's umask); a file replaced keeps its permissions. A device or pipe is written
 * directly, never replaced; a file the user may not write and a dangling symbolic link are refused.
 */
public final class OutputFile {

  private OutputFile() {
  }

  /** Prints {@code text} to {@code out}, or writes it to {@code target} when the user named one. */
  public static void deliver(PrintWriter out, Path target, String text) {
    if (target == null) {
      out.print(ControlCharacters.escape(text));
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
    writeAll(Map.of(target, bytes));
  }

  /**
   * Writes every file, each all at once: all are written to temporary files first, and only when all
   * were written are they renamed into place. On a failure none is touched.
   */
  public static void writeAll(Map<Path, byte[]> files) {
    Map<Path, byte[]> inOrder = new LinkedHashMap<>(files);
    List<Path[]> staged = new ArrayList<>();
    try {
      Map<Path, byte[]> direct = new LinkedHashMap<>();
      for (Map.Entry<Path, byte[]> file : inOrder.entrySet()) {
        Path target = destination(file.getKey());
        if (Files.exists(target) && !Files.isRegularFile(target)) {
          direct.put(target, file.getValue());
        } else {
          staged.add(new Path[] {stage(file.getKey(), target, file.getValue()), target});
        }
      }
      for (Path[] move : staged) {
        moveIntoPlace(move[0], move[1]);
      }
      direct.forEach(OutputFile::writeDirectly);
    } finally {
      for (Path[] move : staged) {
        deleteQuietly(move[0]);
      }
    }
  }

  /**
   * Fails, before any work is done, when {@code target} could not be written: its directory is missing
   * or it is a directory. Returns the problem, or null.
   */
  public static String problemWith(Path target) {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      return "is a directory";
    }
    if (Files.isSymbolicLink(absolute) && !Files.exists(absolute)) {
      return "is a symbolic link to a file that does not exist";
    }
    if (Files.isRegularFile(absolute) && !Files.isWritable(absolute)) {
      return "is read-only";
    }
    Path directory = absolute.getParent();
    if (directory == null || !Files.isDirectory(directory)) {
      return "the directory " + (directory == null ? absolute : directory) + " does not exist";
    }
    return null;
  }

  /** The file to replace: the target itself, or the file a symbolic link points to. */
  private static Path destination(Path target) {
    Path absolute = target.toAbsolutePath();
    try {
      if (Files.isSymbolicLink(absolute) && Files.exists(absolute)) {
        return absolute.toRealPath();
      }
    } catch (IOException e) {
      throw cannotWrite(target, e);
    }
    String problem = problemWith(absolute);
    if (problem != null) {
      throw new UserError("cannot write the output file " + target + ": " + problem);
    }
    return absolute;
  }

  /** The bytes in a new hidden file beside {@code destination}, with the permissions it should end with. */
  private static Path stage(Path target, Path destination, byte[] bytes) {
    StaleTemporaries.clear(destination);
    Path temporary = StaleTemporaries.newName(destination);
    try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
      out.write(bytes);
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw cannotWrite(target, e);
    }
    try {
      PosixFileAttributeView existing = Files.getFileAttributeView(destination, PosixFileAttributeView.class,
          LinkOption.NOFOLLOW_LINKS);
      if (existing != null && Files.exists(destination)) {
        Files.setPosixFilePermissions(temporary, existing.readAttributes().permissions());
      }
    } catch (IOException | UnsupportedOperationException e) {
      // the new file keeps the default permissions; the report itself is what matters
    }
    return temporary;
  }

  /** A device or pipe: written in place, so that a full device reports its error and is never replaced. */
  private static void writeDirectly(Path target, byte[] bytes) {
    try (OutputStream out = Files.newOutputStream(target, StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      out.write(bytes);
    } catch (IOException e) {
      throw cannotWrite(target, e);
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) {
    try {
      try {
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cannotWrite(target, e);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // the temporary file is hidden and harmless; the original error is what the user needs
    }
  }

  private static UserError cannotWrite(Path target, IOException e) {
    return new UserError("cannot write the output file " + target + ": " + describe(e));
  }

  private static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "the directory does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return Failures.oneLine(String.valueOf(e.getMessage()));
  }
}
