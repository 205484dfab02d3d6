package org.warrantlab.cli;

import java.util.List;
import org.warrantlab.sweep.ValuationCase;

/** A command that values a list of cases made from its input file and options. */
interface CaseStudy {

  /** The cases, in the order the command values them. */
  List<ValuationCase> cases();
}
