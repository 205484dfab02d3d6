package org.warrantlab.cli.input;

import java.util.List;
import java.util.Objects;
import org.warrantlab.accounting.RollForwardPlan;

/**
 * The {@code rollforward} command's input file, mapped to core types.
 *
 * @param plan the book, the reporting periods and their events
 * @param notes the file's free-text notes, such as the source of each assumption
 * @param entity whose warrants these are and the currency of the amounts
 */
public record RollForwardInput(RollForwardPlan plan, List<String> notes, ReportingEntity entity) {

  public RollForwardInput {
    notes = List.copyOf(notes);
    Objects.requireNonNull(entity, "entity");
  }
}
