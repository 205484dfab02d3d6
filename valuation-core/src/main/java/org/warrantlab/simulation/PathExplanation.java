package org.warrantlab.simulation;

import java.util.List;

/**
 * One simulated path, replayed: what happened on it and what each tranche paid.
 *
 * @param path the path's index in the run (with antithetic variates, odd paths mirror the even ones)
 * @param events financings, resets and expiries in date order
 * @param discountedPayoffs per warrant, one per tranche in input order
 */
public record PathExplanation(long path, List<PathEvent> events, double[] discountedPayoffs) {

  public PathExplanation {
    events = List.copyOf(events);
    discountedPayoffs = discountedPayoffs.clone();
  }
}
