package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.warrantlab.check.InvalidValueException;

/**
 * Reads the fields of one JSON object, knowing its own JSON path so that every complaint names the
 * field exactly ({@code warrants[1].exercisePrice}). Remembers which fields it read, so that a
 * misspelt field is reported instead of silently ignored.
 *
 * <p>Problems go to a {@link Problems}: failing fast, the first is thrown; collecting, a field with a
 * problem reads as a placeholder (NaN, 0, null, empty or the default) and reading goes on. Readers read
 * every field first and then {@link #build} the domain object, which is skipped once the object has a
 * problem. Nested objects are read with a function ({@link #object(String, Function)}, {@link #objects}),
 * so that one with a problem is left out while its siblings are still read.
 */
public final class JsonObjectReader {

  private final JsonNode node;
  private final String path;
  private final Problems problems;
  private final int problemsBefore;
  private final Set<String> read = new LinkedHashSet<>();

  private JsonObjectReader(JsonNode node, String path, Problems problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
    this.problemsBefore = problems.count();
  }

  /** The document's root, which must be an object; the first problem is thrown. */
  public static JsonObjectReader root(JsonNode node) {
    return root(node, Problems.failFast());
  }

  /** The document's root, which must be an object, reporting to {@code problems}. */
  public static JsonObjectReader root(JsonNode node, Problems problems) {
    if (node == null || !node.isObject()) {
      problems.report(new InputException("", "must hold a JSON object at the top level but holds "
          + JsonValues.describe(node)));
      throw Problems.skip();
    }
    return new JsonObjectReader(node, "", problems);
  }

  /** Where this reader's problems go. */
  public Problems problems() {
    return problems;
  }

  /** Whether a problem was found in this object or one nested in it. */
  public boolean hasProblems() {
    return problems.count() > problemsBefore;
  }

  public String path() {
    return path;
  }

  /** The JSON path of a field of this object. */
  public String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  /** A required nested object, read by {@code reader}; empty when it is missing or has a problem. */
  public <T> Optional<T> object(String field, Function<JsonObjectReader, T> reader) {
    if (present(field).isEmpty()) {
      problems.report(missing(field));
      return Optional.empty();
    }
    return optionalObject(field, reader);
  }

  /** An optional nested object, read by {@code reader}; empty when it is absent or has a problem. */
  public <T> Optional<T> optionalObject(String field, Function<JsonObjectReader, T> reader) {
    Optional<JsonNode> value = present(field);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (!value.get().isObject()) {
      problems.report(wrongType(field, "an object", value.get()));
      return Optional.empty();
    }
    return problems.attempt(() -> reader.apply(new JsonObjectReader(value.get(), pathOf(field), problems)));
  }

  /** Whether {@code field} is a string, for a field that may be a number or a keyword. */
  public boolean isText(String field) {
    return present(field).map(JsonNode::isTextual).orElse(false);
  }

  /** Whether the object states {@code field} at all (a JSON null counts as absent). */
  public boolean has(String field) {
    return present(field).isPresent();
  }

  /**
   * A required, non-empty array of objects, each read by {@code reader}; the entries with a problem are
   * left out.
   */
  public <T> List<T> objects(String field, Function<JsonObjectReader, T> reader) {
    Optional<JsonNode> value = present(field);
    if (value.isEmpty()) {
      problems.report(missing(field));
      return List.of();
    }
    if (value.get().isArray() && value.get().isEmpty()) {
      problems.report(new InputException(pathOf(field), "must list at least one entry"));
      return List.of();
    }
    return optionalObjects(field, reader);
  }

  /** An optional array of objects, each read by {@code reader}; empty when absent. */
  public <T> List<T> optionalObjects(String field, Function<JsonObjectReader, T> reader) {
    List<JsonObjectReader> entries = elements(field, JsonNode::isObject, "an object",
        (element, elementPath) -> new JsonObjectReader(element, elementPath, problems));
    List<T> results = new ArrayList<>(entries.size());
    for (JsonObjectReader entry : entries) {
      problems.attempt(() -> reader.apply(entry)).ifPresent(results::add);
    }
    return results;
  }

  /** A required number; NaN after a problem. */
  public double number(String field) {
    return required(field, optionalNumber(field), Double.NaN);
  }

  public double number(String field, double defaultValue) {
    return optionalNumber(field).orElse(defaultValue);
  }

  public Optional<Double> optionalNumber(String field) {
    return typed(field, JsonNode::isNumber, "a number", JsonNode::doubleValue);
  }

  /** A required whole number, such as a share count; 0 after a problem. */
  public long wholeNumber(String field) {
    return required(field, optionalWholeNumber(field), 0L);
  }

  public Optional<Long> optionalWholeNumber(String field) {
    Optional<JsonNode> value = present(field);
    if (value.isPresent() && value.get().isNumber() && !JsonValues.isExactWhole(value.get())
        && JsonValues.isWhole(value.get().doubleValue())) {
      String range = value.get().isIntegralNumber() ? "between " + Long.MIN_VALUE + " and " + Long.MAX_VALUE
          : "below 9e15 when written with a decimal point or an exponent";
      problems.report(new InputException(pathOf(field), "must be a whole number " + range + " but is the number "
          + value.get().asText()));
      return Optional.empty();
    }
    return typed(field, number -> number.isNumber() && JsonValues.isExactWhole(number), "a whole number",
        JsonNode::longValue);
  }

  /** An optional whole number that fits in an {@code int}. */
  public Optional<Integer> optionalInt(String field) {
    return optionalWholeNumber(field).flatMap(value -> {
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        problems.report(new InputException(pathOf(field), "must be a whole number of at most " + Integer.MAX_VALUE
            + " in size but was " + value));
        return Optional.empty();
      }
      return Optional.of(value.intValue());
    });
  }

  /** A required string; null after a problem. */
  public String text(String field) {
    return required(field, optionalText(field), null);
  }

  public Optional<String> optionalText(String field) {
    return typed(field, JsonNode::isTextual, "a string", JsonNode::textValue);
  }

  /** An optional array of strings; empty when absent. */
  public List<String> optionalTexts(String field) {
    return elements(field, JsonNode::isTextual, "a string", (element, path) -> element.textValue());
  }

  public boolean bool(String field, boolean defaultValue) {
    return typed(field, JsonNode::isBoolean, "true or false", JsonNode::booleanValue).orElse(defaultValue);
  }

  /** A required ISO date; null after a problem. */
  public LocalDate date(String field) {
    return required(field, optionalDate(field), null);
  }

  public Optional<LocalDate> optionalDate(String field) {
    return optionalText(field).flatMap(text -> parseDate(text, pathOf(field)));
  }

  /** An optional array of ISO dates; empty when absent; a date with a problem is left out. */
  public List<LocalDate> optionalDates(String field) {
    return elements(field, JsonNode::isTextual, IsoDate.FORM,
        (element, elementPath) -> parseDate(element.textValue(), elementPath).orElse(null));
  }

  /** An optional array of numbers; empty when absent; an element with a problem is left out. */
  public List<Double> optionalNumbers(String field) {
    return elements(field, JsonNode::isNumber, "a number", (element, elementPath) -> element.doubleValue());
  }

  /**
   * An optional array of arrays of numbers, a table's rows; empty when absent; a row with a problem is
   * left out, and so is a number with a problem from its row.
   */
  public List<List<Double>> optionalNumberRows(String field) {
    return elements(field, JsonNode::isArray, "an array of numbers", (row, rowPath) -> {
      List<Double> numbers = new ArrayList<>();
      int index = 0;
      for (JsonNode element : row) {
        if (element.isNumber()) {
          numbers.add(element.doubleValue());
        } else {
          problems.report(new InputException(rowPath + "[" + index + "]", "must be a number but is "
              + JsonValues.describe(element)));
        }
        index++;
      }
      return numbers;
    });
  }

  /** The date {@code text} writes as an {@link IsoDate}, or empty after reporting it under {@code datePath}. */
  private Optional<LocalDate> parseDate(String text, String datePath) {
    Optional<LocalDate> date = IsoDate.parse(text);
    if (date.isEmpty()) {
      problems.report(new InputException(datePath, "must be " + IsoDate.FORM + " but was \"" + text + "\""));
    }
    return date;
  }

  /** A required value of an enumeration; null after a problem. */
  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return required(field, optionalEnum(field, type), null);
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type, E defaultValue) {
    return optionalEnum(field, type).orElse(defaultValue);
  }

  private <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
    return optionalText(field).flatMap(text -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return Optional.of(constant);
        }
      }
      problems.report(new InputException(pathOf(field), "must be one of " + Arrays.toString(type.getEnumConstants())
          .replace("[", "").replace("]", "").replace(", ", " | ") + " but was \"" + text + "\""));
      return Optional.empty();
    });
  }

  /**
   * Builds a domain object from the fields already read, reporting a rule it breaks under this object's
   * path (the domain names its fields as the contract does), and then every field that was never read.
   * After a problem in this object (collecting), the domain rules are skipped, the unknown fields still
   * reported, and the object left out of its parent.
   */
  public <T> T build(Supplier<T> factory) {
    if (hasProblems()) {
      rejectUnknownFields();
      throw Problems.skip();
    }
    T built;
    try {
      built = withPath(factory);
    } catch (Problems.Skipped e) {
      rejectUnknownFields();
      throw e;
    }
    rejectUnknownFields();
    if (hasProblems()) {
      throw Problems.skip();
    }
    return built;
  }

  /**
   * Runs a domain check, reporting its failure under this object's path; collecting, the object is then
   * left out of its parent.
   */
  public <T> T withPath(Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidValueException e) {
      problems.report(new InputException(pathOf(JsonLocation.of(e.location())), e.problem()));
      throw Problems.skip();
    }
  }

  /**
   * Gives up on this object after a recorded problem that leaves its other fields unknowable (an event
   * whose type is not known cannot say which fields it has).
   */
  public RuntimeException abandon() {
    return Problems.skip();
  }

  /** Reports each field of this object that no reader asked for: most likely a misspelling. */
  public void rejectUnknownFields() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!read.contains(name)) {
        problems.report(new InputException(pathOf(name), "is not a known field here; known fields: "
            + String.join(", ", read)));
      }
    }
  }

  private <T> T required(String field, Optional<T> value, T placeholder) {
    if (value.isPresent()) {
      return value.get();
    }
    if (present(field).isEmpty()) {
      problems.report(missing(field));
    }
    return placeholder;
  }

  private <T> Optional<T> typed(String field, Predicate<JsonNode> accepts, String expected,
      Function<JsonNode, T> read) {
    return present(field).flatMap(value -> {
      if (!accepts.test(value)) {
        problems.report(wrongType(field, expected, value));
        return Optional.empty();
      }
      return Optional.of(read.apply(value));
    });
  }

  /**
   * The elements of an optional array, each checked and converted with its own path; an element with a
   * problem (or converted to null) is left out.
   */
  private <T> List<T> elements(String field, Predicate<JsonNode> accepts, String expected,
      BiFunction<JsonNode, String, T> read) {
    Optional<JsonNode> value = present(field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      problems.report(wrongType(field, "an array", value.get()));
      return List.of();
    }
    List<T> elements = new ArrayList<>();
    int index = 0;
    for (JsonNode element : value.get()) {
      String elementPath = pathOf(field) + "[" + index++ + "]";
      if (!accepts.test(element)) {
        problems.report(new InputException(elementPath, "must be " + expected + " but is "
            + JsonValues.describe(element)));
        continue;
      }
      T converted = read.apply(element, elementPath);
      if (converted != null) {
        elements.add(converted);
      }
    }
    return elements;
  }

  private Optional<JsonNode> present(String field) {
    read.add(field);
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private InputException missing(String field) {
    return new InputException(pathOf(field), "is required but missing");
  }

  private InputException wrongType(String field, String expected, JsonNode value) {
    return new InputException(pathOf(field), "must be " + expected + " but is " + JsonValues.describe(value));
  }
}
