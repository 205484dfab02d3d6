package org.warrantlab.cli.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.warrantlab.montecarlo.SimulationSettings;

/** How the paths were sampled, for every report that describes a simulation: nothing more for pseudo-random. */
final class SamplingText {

  private SamplingText() {
  }

  /** " (antithetic pairs)", or the Sobol design, to follow "N paths". */
  static String paths(SimulationSettings settings) {
    if (settings.sampling().quasiRandom()) {
      int randomisations = settings.sampling().randomisations();
      return String.format(Locale.US, " (randomised Sobol: %d random digital shifts of %,d points, standard errors"
          + " from the %d replicates on %d degrees of freedom, Student-t intervals)", randomisations,
          settings.pointsPerRandomisation(), randomisations, randomisations - 1);
    }
    return settings.antitheticPairs() ? " (antithetic pairs)" : "";
  }

  /** The method, its randomisations and their degrees of freedom, beside {@code antithetic} in JSON. */
  static void json(ObjectNode node, SimulationSettings settings) {
    node.put("method", settings.sampling().method().name());
    if (settings.sampling().quasiRandom()) {
      node.put("randomisations", settings.sampling().randomisations());
      node.put("pointsPerRandomisation", settings.pointsPerRandomisation());
      node.put("degreesOfFreedom", settings.sampling().randomisations() - 1);
    } else {
      node.putNull("randomisations");
      node.putNull("pointsPerRandomisation");
      node.putNull("degreesOfFreedom");
    }
  }

  /** The method and its randomisations, beside {@code seed} in a CSV row. */
  static void csv(Map<String, Object> row, SimulationSettings settings) {
    row.put("method", settings.sampling().method().name());
    if (settings.sampling().quasiRandom()) {
      row.put("randomisations", settings.sampling().randomisations());
    }
  }
}
