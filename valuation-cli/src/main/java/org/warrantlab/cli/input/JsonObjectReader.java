package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
 */
public final class JsonObjectReader {

  private final JsonNode node;
  private final String path;
  private final Set<String> read = new LinkedHashSet<>();

  private JsonObjectReader(JsonNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /** The document's root, which must be an object. */
  public static JsonObjectReader root(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new InputException("", "must hold a JSON object at the top level but holds " + describe(node));
    }
    return new JsonObjectReader(node, "");
  }

  public String path() {
    return path;
  }

  /** The JSON path of a field of this object. */
  public String pathOf(String field) {
    return path.isEmpty() ? field : path + "." + field;
  }

  public JsonObjectReader object(String field) {
    return optionalObject(field).orElseThrow(() -> missing(field));
  }

  public Optional<JsonObjectReader> optionalObject(String field) {
    return present(field).map(value -> {
      if (!value.isObject()) {
        throw wrongType(field, "an object", value);
      }
      return new JsonObjectReader(value, pathOf(field));
    });
  }

  /** Whether the object states {@code field} at all (a JSON null counts as absent). */
  public boolean has(String field) {
    return present(field).isPresent();
  }

  /** A required, non-empty array of objects. */
  public List<JsonObjectReader> objects(String field) {
    List<JsonObjectReader> objects = optionalObjects(field);
    if (objects.isEmpty()) {
      if (present(field).isEmpty()) {
        throw missing(field);
      }
      throw new InputException(pathOf(field), "must list at least one entry");
    }
    return objects;
  }

  /** An optional array of objects; empty when absent. */
  public List<JsonObjectReader> optionalObjects(String field) {
    return elements(field, JsonNode::isObject, "an object", JsonObjectReader::new);
  }

  public double number(String field) {
    return optionalNumber(field).orElseThrow(() -> missing(field));
  }

  public double number(String field, double defaultValue) {
    return optionalNumber(field).orElse(defaultValue);
  }

  public Optional<Double> optionalNumber(String field) {
    return typed(field, JsonNode::isNumber, "a number", JsonNode::doubleValue);
  }

  /** A required whole number, such as a share count. */
  public long wholeNumber(String field) {
    return optionalWholeNumber(field).orElseThrow(() -> missing(field));
  }

  public Optional<Long> optionalWholeNumber(String field) {
    return typed(field, value -> value.isNumber() && isWhole(value), "a whole number", JsonNode::longValue);
  }

  /** An optional whole number that fits in an {@code int}. */
  public Optional<Integer> optionalInt(String field) {
    return optionalWholeNumber(field).map(value -> {
      if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
        throw new InputException(pathOf(field), "must be a whole number of at most " + Integer.MAX_VALUE
            + " in size but was " + value);
      }
      return value.intValue();
    });
  }

  public String text(String field) {
    return optionalText(field).orElseThrow(() -> missing(field));
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

  public LocalDate date(String field) {
    return optionalDate(field).orElseThrow(() -> missing(field));
  }

  public Optional<LocalDate> optionalDate(String field) {
    return optionalText(field).map(text -> parseDate(text, pathOf(field)));
  }

  /** An optional array of ISO dates; empty when absent. */
  public List<LocalDate> optionalDates(String field) {
    return elements(field, JsonNode::isTextual, "an ISO date (YYYY-MM-DD)",
        (element, path) -> parseDate(element.textValue(), path));
  }

  private static LocalDate parseDate(String text, String path) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new InputException(path, "must be an ISO date (YYYY-MM-DD) but was \"" + text + "\"");
    }
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type) {
    return optionalEnum(field, type).orElseThrow(() -> missing(field));
  }

  public <E extends Enum<E>> E enumValue(String field, Class<E> type, E defaultValue) {
    return optionalEnum(field, type).orElse(defaultValue);
  }

  private <E extends Enum<E>> Optional<E> optionalEnum(String field, Class<E> type) {
    return optionalText(field).map(text -> {
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(text)) {
          return constant;
        }
      }
      throw new InputException(pathOf(field), "must be one of " + Arrays.toString(type.getEnumConstants())
          .replace("[", "").replace("]", "").replace(", ", " | ") + " but was \"" + text + "\"");
    });
  }

  /**
   * Builds a domain object from this JSON object, reporting a rule it breaks under this object's path
   * (the domain names its fields as the contract does), and any field that was never read.
   */
  public <T> T build(Supplier<T> factory) {
    T built = withPath(factory);
    rejectUnknownFields();
    return built;
  }

  /** Runs a domain check, reporting its failure under this object's path. */
  public <T> T withPath(Supplier<T> check) {
    try {
      return check.get();
    } catch (InvalidValueException e) {
      throw new InputException(pathOf(e.field()), e.problem());
    }
  }

  /** Fails on the first field of this object that no reader asked for: most likely a misspelling. */
  public void rejectUnknownFields() {
    Iterator<String> names = node.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!read.contains(name)) {
        throw new InputException(pathOf(name), "is not a known field here; known fields: " + String.join(", ", read));
      }
    }
  }

  private <T> Optional<T> typed(String field, Predicate<JsonNode> accepts, String expected,
      Function<JsonNode, T> read) {
    return present(field).map(value -> {
      if (!accepts.test(value)) {
        throw wrongType(field, expected, value);
      }
      return read.apply(value);
    });
  }

  /** The elements of an optional array, each checked and converted with its own path. */
  private <T> List<T> elements(String field, Predicate<JsonNode> accepts, String expected,
      BiFunction<JsonNode, String, T> read) {
    Optional<JsonNode> value = present(field);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw wrongType(field, "an array", value.get());
    }
    List<T> elements = new ArrayList<>();
    int index = 0;
    for (JsonNode element : value.get()) {
      String elementPath = pathOf(field) + "[" + index++ + "]";
      if (!accepts.test(element)) {
        throw new InputException(elementPath, "must be " + expected + " but is " + describe(element));
      }
      elements.add(read.apply(element, elementPath));
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
    return new InputException(pathOf(field), "must be " + expected + " but is " + describe(value));
  }

  private static boolean isWhole(JsonNode value) {
    if (value.isIntegralNumber()) {
      return value.canConvertToLong();
    }
    double number = value.doubleValue();
    return Double.isFinite(number) && number == Math.rint(number) && Math.abs(number) < 9.0e15;
  }

  private static String describe(JsonNode value) {
    if (value == null || value.isMissingNode()) {
      return "nothing";
    }
    return switch (value.getNodeType()) {
      case STRING -> "the string \"" + value.textValue() + "\"";
      case NUMBER -> "the number " + value.asText();
      case BOOLEAN -> "the boolean " + value.asText();
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      default -> value.getNodeType().name().toLowerCase();
    };
  }
}
