package org.warrantlab.event;

import java.time.LocalDate;

/**
 * An assumption about future share sales: when they may happen, and their terms. Financings are not
 * known in advance; the simulation draws them on each path.
 */
public sealed interface Financing permits FinancingWindow, PoissonFinancing {

  /** First day a financing can happen. */
  LocalDate start();

  /** Last day a financing can happen (inclusive). */
  LocalDate end();

  FinancingTerms terms();

  /** The same assumption with {@code newTerms}. */
  Financing withTerms(FinancingTerms newTerms);

  /** The same assumption over the days {@code newStart} to {@code newEnd}. */
  Financing withWindow(LocalDate newStart, LocalDate newEnd);
}
