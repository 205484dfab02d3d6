package org.warrantlab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.warrantlab.accounting.RollForwardCalculator;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.input.JsonLocation;
import org.warrantlab.cli.input.Problems;
import org.warrantlab.cli.input.RollForwardInputReader;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.cli.input.ValuationInputReader;
import org.warrantlab.exercise.EarlyExerciseSettings;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.simulation.MemoryEstimate;

/**
 * Every problem of an input file, in the order the commands meet them, so that the first is the one a
 * command stops at: the file itself, each field and the rules between fields, the memory the file's
 * simulation needs, and, for a roll-forward, the booking of its events.
 */
final class InputCheck {

  /** What an input file is for. */
  enum Kind {
    VALUE, ROLLFORWARD
  }

  /** The smallest simulation that books a roll-forward's events: the bookings' checks, without the values. */
  private static final long BOOKING_PATHS = 8;

  private InputCheck() {
  }

  /** Each problem as a line "FILE: json.path problem"; empty when there is none. */
  static List<String> problems(Path file, Kind kind) {
    JsonNode document;
    try {
      document = JsonFiles.read(file);
    } catch (InputException e) {
      return List.of(UserError.in(file, e).getMessage());
    }
    Problems problems = Problems.collecting();
    List<String> lines = new ArrayList<>();
    try {
      if ((kind != null ? kind : kindOf(document)) == Kind.ROLLFORWARD) {
        RollForwardInputReader.read(document, problems).ifPresent(input -> checkRollForward(file, input.plan()));
      } else {
        ValuationInputReader.read(document, problems).ifPresent(input -> checkValuation(file, input));
      }
    } catch (UserError e) {
      lines.add(e.getMessage());
    }
    List<String> found = new ArrayList<>(problems.all().stream().map(e -> UserError.in(file, e).getMessage()).toList());
    found.addAll(lines);
    return found;
  }

  /** A roll-forward has an opening measurement and periods; anything else is read as a value input. */
  static Kind kindOf(JsonNode document) {
    return document.isObject() && (document.has("opening") || document.has("periods")) ? Kind.ROLLFORWARD : Kind.VALUE;
  }

  private static void checkValuation(Path file, ValuationInput input) {
    MemoryEstimate estimate;
    try {
      estimate = MemoryEstimate.ofValuation(input.book().stream().map(ResolvedWarrant::warrant).toList(),
          input.financings(), input.market(), input.simulation());
    } catch (InvalidValueException e) {
      throw UserError.in(file, new InputException("simulation." + e.field(), e.problem()));
    }
    Limits.check(estimate, file.toString(), false);
  }

  private static void checkRollForward(Path file, RollForwardPlan plan) {
    try {
      Limits.check(Limits.ofRollForward(plan), file.toString(), false);
    } catch (InvalidValueException e) {
      throw UserError.in(file, new InputException("simulation." + e.field(), e.problem()));
    }
    SimulationSettings settings = plan.settings();
    EarlyExerciseSettings early = settings.earlyExercise();
    SimulationSettings booking = new SimulationSettings(BOOKING_PATHS, settings.seed(), settings.antithetic(),
        settings.controlVariate(), 1, new EarlyExerciseSettings(early.datesPerYear(), 1000, early.basis(),
        early.degree(), early.solver()));
    try {
      RollForwardCalculator.DEFAULT.run(plan.withSettings(booking));
    } catch (InvalidValueException e) {
      throw UserError.in(file, JsonLocation.problem(e));
    }
  }
}
