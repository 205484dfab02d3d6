package org.warrantlab.check;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an invalid value lies in a book or a roll-forward plan, in the domain's terms (the second
 * tranche's issueDate; the first event of the third reporting period), so that whoever read the input can
 * name the place in the input's own syntax. Indices count from 0, in the order the book or plan lists them.
 *
 * @param steps from the outermost place to the innermost, at least one
 */
public record Location(List<Step> steps) {

  private static final Naming DOMAIN = new Naming() {
    @Override
    public String tranches() {
      return "tranches";
    }

    @Override
    public String tranche(int index) {
      return "tranche #" + index;
    }

    @Override
    public String opening() {
      return "opening measurement";
    }

    @Override
    public String period(int index) {
      return "period #" + index;
    }

    @Override
    public String event(int index) {
      return "event #" + index;
    }

    @Override
    public String financing(int index) {
      return "financing #" + index;
    }

    @Override
    public String market() {
      return "market";
    }

    @Override
    public String field(String name) {
      return name;
    }
  };

  /** One step into the book or plan. */
  public sealed interface Step permits Tranches, Tranche, Opening, Period, Event, Financing, Market, Field {

    /** This step as {@code naming} names it. */
    String nameIn(Naming naming);
  }

  /** Names each kind of step, e.g. in the syntax of an input format; one method per kind. */
  public interface Naming {
    String tranches();

    String tranche(int index);

    String opening();

    String period(int index);

    String event(int index);

    String financing(int index);

    String market();

    String field(String name);
  }

  /** The list of tranches of a book or plan. */
  public record Tranches() implements Step {
    @Override
    public String nameIn(Naming naming) {
      return naming.tranches();
    }
  }

  /** The tranche at {@code index} of a book or plan. */
  public record Tranche(int index) implements Step {
    public Tranche {
      checkIndex(index);
    }

    @Override
    public String nameIn(Naming naming) {
      return naming.tranche(index);
    }
  }

  /** A roll-forward's opening measurement. */
  public record Opening() implements Step {
    @Override
    public String nameIn(Naming naming) {
      return naming.opening();
    }
  }

  /** The reporting period at {@code index} of a roll-forward. */
  public record Period(int index) implements Step {
    public Period {
      checkIndex(index);
    }

    @Override
    public String nameIn(Naming naming) {
      return naming.period(index);
    }
  }

  /** The event at {@code index} of its reporting period. */
  public record Event(int index) implements Step {
    public Event {
      checkIndex(index);
    }

    @Override
    public String nameIn(Naming naming) {
      return naming.event(index);
    }
  }

  /** The financing assumption at {@code index} of a measurement. */
  public record Financing(int index) implements Step {
    public Financing {
      checkIndex(index);
    }

    @Override
    public String nameIn(Naming naming) {
      return naming.financing(index);
    }
  }

  /** The market inputs of a measurement. */
  public record Market() implements Step {
    @Override
    public String nameIn(Naming naming) {
      return naming.market();
    }
  }

  /** A field by its name in the domain type, e.g. {@code issueDate}. */
  public record Field(String name) implements Step {
    public Field {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("a field needs a name");
      }
    }

    @Override
    public String nameIn(Naming naming) {
      return naming.field(name);
    }
  }

  public Location {
    steps = List.copyOf(steps);
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("a location needs at least one step");
    }
  }

  /** A field of the object being checked. */
  public static Location of(String field) {
    return new Location(List.of(new Field(field)));
  }

  public static Location tranches() {
    return new Location(List.of(new Tranches()));
  }

  public static Location tranche(int index) {
    return new Location(List.of(new Tranche(index)));
  }

  public static Location opening() {
    return new Location(List.of(new Opening()));
  }

  public static Location period(int index) {
    return new Location(List.of(new Period(index)));
  }

  public static Location financing(int index) {
    return new Location(List.of(new Financing(index)));
  }

  public Location event(int index) {
    return then(new Event(index));
  }

  public Location market() {
    return then(new Market());
  }

  public Location field(String name) {
    return then(new Field(name));
  }

  /** {@code inner}, found inside this place. */
  public Location then(Location inner) {
    List<Step> joined = new ArrayList<>(steps);
    joined.addAll(inner.steps());
    return new Location(joined);
  }

  private Location then(Step step) {
    List<Step> joined = new ArrayList<>(steps);
    joined.add(step);
    return new Location(joined);
  }

  /** Whether this location ends at a field named {@code name}. */
  public boolean endsAtField(String name) {
    return steps.get(steps.size() - 1) instanceof Field field && field.name().equals(name);
  }

  /** Each step as {@code naming} names it, joined by {@code separator}. */
  public String in(Naming naming, String separator) {
    return steps.stream().map(step -> step.nameIn(naming)).collect(Collectors.joining(separator));
  }

  /** In the domain's words, e.g. {@code period #0 event #2 date}; a lone field is just its name. */
  @Override
  public String toString() {
    return in(DOMAIN, " ");
  }

  private static void checkIndex(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("an index must not be negative but was " + index);
    }
  }
}
