package org.warrantlab.cli.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.PathIterator;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.Optional;

/**
 * The strings laid out in {@link TextFont}s while an SVG is drawn, most recent first, each able to say
 * whether a filled shape is exactly its outline: how the SVG writer knows which outline is which text.
 *
 * @param text the string
 * @param font the font it was laid out in
 * @param context the font render context of the layout
 */
record LaidOutText(String text, Font font, FontRenderContext context) {

  /** The turns XChart gives text: none, an axis title's quarter turn, a tilted tick label's eighth. */
  private static final double[] TURNS = {0, -Math.PI / 2, -Math.PI / 4};

  /** Enough for every label XChart measures between laying a string out and filling its outline. */
  private static final int REMEMBERED = 512;

  private static final ThreadLocal<Deque<LaidOutText>> RECENT = new ThreadLocal<>();

  /** Starts remembering laid-out strings on this thread. */
  static void start() {
    RECENT.set(new ArrayDeque<>());
  }

  /** Stops remembering and forgets. */
  static void stop() {
    RECENT.remove();
  }

  static void record(String text, Font font, FontRenderContext context) {
    Deque<LaidOutText> recent = RECENT.get();
    if (recent != null && !text.isBlank()) {
      recent.addFirst(new LaidOutText(text, font, context));
      if (recent.size() > REMEMBERED) {
        recent.removeLast();
      }
    }
  }

  /**
   * A laid-out string drawn turned by {@code angle} radians.
   *
   * @param text the string
   * @param angle the turn its outline was given, 0 when it reads level
   */
  record Turned(LaidOutText text, double angle) {
  }

  /**
   * The laid-out string whose outline, level or turned as XChart turns text, {@code shape} is point for
   * point; forgotten once found.
   */
  static Optional<Turned> outlinedBy(Shape shape) {
    Deque<LaidOutText> recent = RECENT.get();
    if (recent == null) {
      return Optional.empty();
    }
    for (Iterator<LaidOutText> it = recent.iterator(); it.hasNext(); ) {
      LaidOutText candidate = it.next();
      TextLayout layout = new TextLayout(candidate.text, candidate.font, candidate.context);
      for (double angle : TURNS) {
        if (samePath(layout.getOutline(angle == 0 ? null : AffineTransform.getRotateInstance(angle)), shape)) {
          it.remove();
          return Optional.of(new Turned(candidate, angle));
        }
      }
    }
    return Optional.empty();
  }

  private static boolean samePath(Shape a, Shape b) {
    PathIterator first = a.getPathIterator(null);
    PathIterator second = b.getPathIterator(null);
    double[] x = new double[6];
    double[] y = new double[6];
    while (!first.isDone() && !second.isDone()) {
      Arrays.fill(x, 0);
      Arrays.fill(y, 0);
      if (first.currentSegment(x) != second.currentSegment(y) || !Arrays.equals(x, y)) {
        return false;
      }
      first.next();
      second.next();
    }
    return first.isDone() && second.isDone();
  }
}
