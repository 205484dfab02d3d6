package org.warrantlab.check;

/**
 * An input value that breaks a contract rule. Carries the name of the offending field, so that a
 * caller who knows where the value came from (a JSON path, a CSV column) can say so.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private final String field;
  private final String problem;

  public InvalidValueException(String field, String problem) {
    super(field + " " + problem);
    this.field = field;
    this.problem = problem;
  }

  /** The field name as it appears in the domain type, e.g. {@code volatility}. */
  public String field() {
    return field;
  }

  /** What is wrong, e.g. {@code must be non-negative and finite but was -0.2}. */
  public String problem() {
    return problem;
  }
}
