package org.warrantlab.cli.report;

import java.time.LocalDate;
import org.warrantlab.sweep.Tornado;

/**
 * The memo's sensitivity section ({@code rollforward --sensitivity}): the closing liability's tornado, each Level 3
 * input moved alone to its low and high setting, as ASC 820-10-50-2(g) asks a Level 3 measurement to describe.
 */
public final class SensitivityMemo {

  private SensitivityMemo() {
  }

  /** The section in Markdown, to follow the memo. */
  public static String markdown(Tornado tornado, LocalDate closing) {
    Document document = Document.markdown();
    document.heading(2, "Sensitivity of the closing liability");
    document.paragraph("The book outstanding on " + closing + ", valued with each Level 3 input moved alone to its"
        + " low and its high setting, every other input as measured, widest swing first. Base (the book's total"
        + " estimated on the same paths): " + StudyParts.estimate(tornado.measure(), tornado.base()) + ".");
    document.table(TornadoReport.bars(tornado));
    document.paragraph("Defaults of `warrantlab tornado`: share price and volatility ±10% of their values;"
        + " risk-free rate and dividend yield ±1 point (never below 0); term ±10%; each financing's probability"
        + " ±0.25 (within 0 and 1) or Poisson intensity ×0.5 and ×1.5, and its discount ±5 points. Every valuation"
        + " uses the roll-forward's seed and paths; `warrantlab tornado` on the closing date's emitted input"
        + " (`--emit-inputs`) gives the same figures.");
    return document.text();
  }
}
