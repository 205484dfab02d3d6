package org.warrantlab.cli.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The project version and the source revision the running build was made from, as the build wrote them to
 * {@code build.properties}; a build from sources outside git says "unknown revision".
 *
 * @param version the project version, e.g. 0.1.0-SNAPSHOT
 * @param revision the abbreviated git commit, with "-modified" when tracked files had uncommitted changes;
 *     "unknown revision" when the build could not tell
 */
public record SoftwareVersion(String version, String revision) {

  public static final String UNKNOWN_REVISION = "unknown revision";

  private static final SoftwareVersion CURRENT = load();

  /** The version of the running build. */
  public static SoftwareVersion current() {
    return CURRENT;
  }

  /** E.g. "warrantlab 0.1.0-SNAPSHOT (revision f5b281e3a665)" or "warrantlab 0.1.0 (unknown revision)". */
  public String text() {
    return "warrantlab " + version + " (" + (known() ? "revision " + revision : revision) + ")";
  }

  public boolean known() {
    return !revision.equals(UNKNOWN_REVISION);
  }

  private static SoftwareVersion load() {
    Properties properties = new Properties();
    try (InputStream in = SoftwareVersion.class.getResourceAsStream("/org/warrantlab/cli/build.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build's version", e);
    }
    return new SoftwareVersion(filled(properties.getProperty("version"), "development"),
        filled(properties.getProperty("revision"), UNKNOWN_REVISION));
  }

  /** The value the build filled in, or {@code fallback} when classes run unfiltered (an IDE, say). */
  private static String filled(String value, String fallback) {
    return value == null || value.isBlank() || value.contains("${") ? fallback : value.strip();
  }
}
