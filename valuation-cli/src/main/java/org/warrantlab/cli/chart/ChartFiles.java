package org.warrantlab.cli.chart;

import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;
import org.warrantlab.cli.OutputFile;

/**
 * Renders a chart as PNG or SVG, chosen by each file's extension, for the command to write with its
 * report, every file all at once. Rendering is headless: no display is needed.
 */
public final class ChartFiles {

  static {
    System.setProperty("java.awt.headless", "true");
  }

  private ChartFiles() {
  }

  /**
   * The problem with a chart file that could not be written, found before any work is done: an extension
   * other than .png or .svg, a directory that does not exist, a directory in its place; null when none.
   */
  public static String problemWith(Path target) {
    if (format(target) == null) {
      return "name the file .png or .svg (the extension picks the format)";
    }
    return OutputFile.problemWith(target);
  }

  /** A chart rendered for each of its files, ready to be written. */
  public record Rendered(List<Path> targets, List<byte[]> images) {

    /** No chart. */
    public static final Rendered NONE = new Rendered(List.of(), List.of());

    /** Each file and its bytes, in order. */
    public Map<Path, byte[]> files() {
      Map<Path, byte[]> files = new LinkedHashMap<>();
      for (int i = 0; i < targets.size(); i++) {
        files.put(targets.get(i), images.get(i));
      }
      return files;
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
      return svg(chart);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot render the chart", e);
    }
  }

  /** The chart as SVG, its words as text elements. */
  private static byte[] svg(Chart<?, ?> chart) throws IOException {
    LaidOutText.start();
    try {
      TextKeepingGraphics graphics = new TextKeepingGraphics();
      chart.paint(graphics, chart.getWidth(), chart.getHeight());
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      new SVGProcessor().getDocument(graphics.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()))
          .writeTo(svg);
      return svg.toByteArray();
    } finally {
      LaidOutText.stop();
    }
  }

  /** Image formats a chart is written in. */
  enum Format { PNG, SVG }

  /** The image format the file's extension names, or null. */
  private static Format format(Path target) {
    String name = target.getFileName() == null ? "" : target.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".png")) {
      return Format.PNG;
    }
    if (name.endsWith(".svg")) {
      return Format.SVG;
    }
    return null;
  }
}
