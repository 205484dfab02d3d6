package org.warrantlab.cli;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The files a batch values, from its sources: a folder (its {@code *.json} files), a file, or a pattern
 * with wildcards in its file name ({@code 'books/*.json'}); each source's files in name order.
 */
final class BatchSources {

  private BatchSources() {
  }

  /** The files of {@code sources}, in order, each once; a source that names nothing is a user error. */
  static List<Path> files(List<String> sources) {
    List<Path> files = new ArrayList<>();
    for (String source : sources) {
      List<Path> found = filesOf(source);
      if (found.isEmpty()) {
        throw new UserError(source + " names no file: give a folder of JSON books, a file or a pattern such as"
            + " 'books/*.json'");
      }
      found.stream().filter(f -> !files.contains(f)).forEach(files::add);
    }
    Map<String, Path> byName = new HashMap<>();
    for (Path file : files) {
      Path other = byName.putIfAbsent(file.getFileName().toString(), file);
      if (other != null) {
        throw new UserError(other + " and " + file + " have the same name, so their reports would too: rename"
            + " one");
      }
    }
    return files;
  }

  /** Whether {@code source} is a pattern: a file name with {@code *}, {@code ?} or {@code [}. */
  static boolean isPattern(String source) {
    return fileName(source).matches(".*[*?\\[{].*");
  }

  /** The folder a pattern's files are in. */
  static Path folderOf(String pattern) {
    Path parent = Path.of(pattern.substring(0, pattern.length() - fileName(pattern).length()) + ".").normalize();
    return parent.toString().isEmpty() ? Path.of(".") : parent;
  }

  /** The file name part of a pattern. */
  static String fileName(String source) {
    int slash = source.lastIndexOf('/');
    return slash < 0 ? source : source.substring(slash + 1);
  }

  private static List<Path> filesOf(String source) {
    if (isPattern(source)) {
      return matching(folderOf(source), fileName(source), source);
    }
    Path path = Path.of(source);
    if (Files.isDirectory(path)) {
      return matching(path, "*.json", source);
    }
    return List.of(path);
  }

  private static List<Path> matching(Path folder, String glob, String source) {
    TreeSet<Path> found = new TreeSet<>();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, glob)) {
      for (Path entry : entries) {
        if (Files.isRegularFile(entry)) {
          found.add(Path.of(".").equals(folder) && !source.startsWith("./") ? entry.getFileName() : entry);
        }
      }
    } catch (IOException e) {
      throw new UserError(source + " cannot be listed: " + e.getMessage());
    }
    return new ArrayList<>(found);
  }
}
