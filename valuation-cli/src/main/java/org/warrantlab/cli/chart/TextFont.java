package org.warrantlab.cli.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;

/**
 * A chart font that tells {@link LaidOutText} each string XChart lays out in it, so that the SVG writer
 * can draw as text what XChart hands it only as glyph outlines. Renders exactly as the font it copies.
 */
final class TextFont extends Font {

  private static final long serialVersionUID = 1L;

  private final Font plain;

  private TextFont(Font plain) {
    super(plain);
    this.plain = plain;
  }

  /** A sans-serif chart font of {@code style} ({@link Font#PLAIN}, {@link Font#BOLD}) and {@code size} points. */
  static Font sansSerif(int style, int size) {
    return new TextFont(new Font(Font.SANS_SERIF, style, size));
  }

  @Override
  public LineMetrics getLineMetrics(char[] chars, int beginIndex, int limit, FontRenderContext context) {
    LaidOutText.record(new String(chars, beginIndex, limit - beginIndex), plain, context);
    return super.getLineMetrics(chars, beginIndex, limit, context);
  }
}
