package org.warrantlab.cli.chart;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.warrantlab.cli.OutputFile;
import org.warrantlab.cli.UserError;

/**
 * Writes a chart as PNG or SVG, chosen by each file's extension, every file all at once. Rendering is
 * headless: no display is needed.
 */
public final class ChartFiles {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ChartFiles() {
  }

  /**
   * Fails, before any work is done, on a chart file that could not be written: an extension other than
   * .png or .svg, or a directory that does not exist.
   */
  public static void check(List<Path> targets) {
    for (Path target : targets) {
      format(target);
      Path directory = target.toAbsolutePath().getParent();
      if (directory == null || !Files.isDirectory(directory)) {
        throw new UserError("--chart " + target + ": the directory does not exist");
      }
    }
  }

  /** A chart rendered for each of its files, ready to be written. */
  public record Rendered(List<Path> targets, List<byte[]> images) {

    /** Writes each file all at once. */
    public void write() {
      for (int i = 0; i < targets.size(); i++) {
        OutputFile.write(targets.get(i), images.get(i));
      }
    }
  }

  /**
   * Renders {@code chart} for every target, in memory, so that a failure to draw it leaves no file
   * written and no report printed.
   */
  public static Rendered render(Chart<?, ?> chart, List<Path> targets) {
    List<byte[]> images = targets.stream().map(target -> render(chart, format(target))).toList();
    return new Rendered(List.copyOf(targets), images);
  }

  /** The chart as the bytes of a PNG or SVG file. */
  static byte[] render(Chart<?, ?> chart, Format format) {
    try {
      if (format == Format.PNG) {
        return BitmapEncoder.getBitmapBytes(chart, BitmapEncoder.BitmapFormat.PNG);
      }
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      VectorGraphicsEncoder.saveVectorGraphic(chart, svg, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      return svg.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the chart", e);
    }
  }

  /** Image formats a chart is written in. */
  enum Format { PNG, SVG }

  private static Format format(Path target) {
    String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return Format.PNG;
    }
    if (name.endsWith(".svg")) {
      return Format.SVG;
    }
    throw new UserError("--chart " + target + ": name the file .png or .svg (the extension picks the format)");
  }
}
