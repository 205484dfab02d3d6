package org.warrantlab.cli.input;

import java.util.List;
import org.warrantlab.accounting.RollForwardPlan;

/**
 * The {@code rollforward} command's input file, mapped to core types.
 *
 * @param plan the book, the reporting periods and their events
 * @param notes the file's free-text notes, such as the source of each assumption
 */
public record RollForwardInput(RollForwardPlan plan, List<String> notes) {

  public RollForwardInput {
    notes = List.copyOf(notes);
  }
}
