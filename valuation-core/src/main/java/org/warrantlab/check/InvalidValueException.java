package org.warrantlab.check;

/**
 * An input value that breaks a contract rule. Carries where the offending value is, as a {@link Location}
 * in the domain's terms, so that a caller who knows where the value came from (a JSON path, a CSV column)
 * can say so in its own terms.
 */
public final class InvalidValueException extends IllegalArgumentException {

  private final Location location;
  private final String problem;

  /** A problem with {@code field} of the object being checked. */
  public InvalidValueException(String field, String problem) {
    this(Location.of(field), problem);
  }

  public InvalidValueException(Location location, String problem) {
    super(location + " " + problem);
    this.location = location;
    this.problem = problem;
  }

  /** Where the value is, e.g. the issueDate of tranche #1. */
  public Location location() {
    return location;
  }

  /**
   * The place in the domain's words: for a field of the object checked, its name as it appears in the
   * domain type, e.g. {@code volatility}.
   */
  public String field() {
    return location.toString();
  }

  /** What is wrong, e.g. {@code must be non-negative and finite but was -0.2}. */
  public String problem() {
    return problem;
  }
}
