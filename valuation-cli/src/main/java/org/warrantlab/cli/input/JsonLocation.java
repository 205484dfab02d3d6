package org.warrantlab.cli.input;

import org.warrantlab.check.InvalidValueException;
import org.warrantlab.check.Location;

/**
 * The JSON path of a place the core names in its own terms, as the input files spell it: tranche 1 is
 * {@code warrants[1]}, event 0 of period 2 {@code periods[2].events[0]}, the market of the opening
 * measurement {@code opening.market}. Paths are relative to the object whose check failed.
 */
public final class JsonLocation implements Location.Naming {

  private static final JsonLocation INSTANCE = new JsonLocation();

  private JsonLocation() {
  }

  /** The JSON path of {@code location}. */
  public static String of(Location location) {
    return location.in(INSTANCE, ".");
  }

  /** The input problem {@code e} describes, at its JSON path. */
  public static InputException problem(InvalidValueException e) {
    return new InputException(of(e.location()), e.problem());
  }

  @Override
  public String tranches() {
    return "warrants";
  }

  @Override
  public String tranche(int index) {
    return "warrants[" + index + "]";
  }

  @Override
  public String opening() {
    return "opening";
  }

  @Override
  public String period(int index) {
    return "periods[" + index + "]";
  }

  @Override
  public String event(int index) {
    return "events[" + index + "]";
  }

  @Override
  public String financing(int index) {
    return "financings[" + index + "]";
  }

  @Override
  public String market() {
    return "market";
  }

  @Override
  public String field(String name) {
    return name;
  }
}
