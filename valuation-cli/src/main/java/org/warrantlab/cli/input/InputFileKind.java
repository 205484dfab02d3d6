package org.warrantlab.cli.input;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * What an input file must be before it is opened: a regular file of a bounded size, so that a device
 * ({@code /dev/zero}), a pipe or a folder is refused in one line instead of read for ever.
 *
 * @param name what the file holds, for messages: "JSON", "CSV"
 * @param maxBytes the largest file accepted
 */
record InputFileKind(String name, long maxBytes) {

  /** A valuation or roll-forward input: the largest books are a few megabytes. */
  static final InputFileKind JSON = new InputFileKind("JSON", 64L << 20);

  /** A price file: a century of ticks at a few hundred bytes a row is far below. */
  static final InputFileKind CSV = new InputFileKind("CSV", 2L << 30);

  /** Fails with an {@link InputException} when {@code file} is not a regular file of at most {@link #maxBytes}. */
  void check(Path file) {
    if (Files.isDirectory(file)) {
      throw new InputException("", "is a directory, not " + article() + " file");
    }
    if (Files.exists(file) && !Files.isRegularFile(file)) {
      throw new InputException("", "is not a regular file (a device, a pipe or a socket); save the " + name
          + " to a file and give that");
    }
    long size;
    try {
      size = Files.exists(file) ? Files.size(file) : 0;
    } catch (IOException e) {
      return;
    }
    if (size > maxBytes) {
      throw new InputException("", String.format(Locale.US, "is %,d MB, more than the %,d MB %s file may be;"
          + " check that it is the right file", size >> 20, maxBytes >> 20, article()));
    }
  }

  private String article() {
    return name.equals("JSON") ? "a JSON" : "a " + name;
  }
}
