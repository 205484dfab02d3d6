package org.warrantlab.cli.input;

/**
 * Bad user input: names where it is (a JSON path such as {@code warrants[0].expiryDate}, or empty for
 * the file as a whole) and what is wrong. The command adds the file name and exits with code 2.
 */
public final class InputException extends RuntimeException {

  private final String location;
  private final String problem;

  public InputException(String location, String problem) {
    super(location.isEmpty() ? problem : location + " " + problem);
    this.location = location;
    this.problem = problem;
  }

  public String location() {
    return location;
  }

  public String problem() {
    return problem;
  }
}
