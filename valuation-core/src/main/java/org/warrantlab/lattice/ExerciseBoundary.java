package org.warrantlab.lattice;

import java.util.List;
import org.warrantlab.check.Checks;

/**
 * Where a lattice found early exercise optimal: at each exercise step on which some node exercises,
 * the exercised node nearest the continuation region. For a put that is the highest share price at
 * which exercise beats holding, for a call the lowest; the true boundary lies between that node and
 * its neighbour, so its resolution is one node spacing (about {@code spot * sigma * sqrt(dt)}).
 * Expiry is not included: there every in-the-money node exercises.
 *
 * @param type the option's type, which says on which side of each point exercise happens
 * @param points in increasing time; steps on which no node exercises are left out
 */
public record ExerciseBoundary(OptionType type, List<Point> points) {

  public ExerciseBoundary {
    Checks.notNull(type, "type");
    points = List.copyOf(Checks.notNull(points, "points"));
  }

  /**
   * One step's critical share price.
   *
   * @param years time of the step, years from now
   * @param spot share price of the exercised node nearest the continuation region
   */
  public record Point(double years, double spot) {
  }
}
