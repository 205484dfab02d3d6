package org.warrantlab.cli.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.GeneralPath;
import java.util.Optional;

/**
 * Vector graphics that draw a glyph outline XChart fills as the text it is, so that an SVG holds its
 * words as {@code <text>} (searchable, small) rather than as curves; any other shape is filled as given.
 */
final class TextKeepingGraphics extends VectorGraphics2D {

  @Override
  public void fill(Shape shape) {
    Optional<LaidOutText.Turned> text = shape instanceof GeneralPath ? LaidOutText.outlinedBy(shape)
        : Optional.empty();
    if (text.isEmpty()) {
      super.fill(shape);
      return;
    }
    Font font = getFont();
    AffineTransform transform = getTransform();
    setFont(text.get().text().font());
    rotate(text.get().angle());
    drawString(text.get().text().text(), 0f, 0f);
    setTransform(transform);
    setFont(font);
  }
}
