package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of an input document named by its JSON path, as the error messages name fields:
 * {@code market.volatility}, {@code warrants[0].exercisePrice}, {@code financings[1].probability}. Checks
 * the syntax of a path given on the command line and reads the number the file holds there, for a sweep
 * to show beside its values.
 */
public final class InputPath {

  private static final Pattern SEGMENT = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)((?:\\[\\d+])*)");
  private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

  /** One step: a field name, or an array index. */
  private record Step(String field, int index) {
    boolean isIndex() {
      return field == null;
    }
  }

  private final String text;
  private final List<Step> steps;

  private InputPath(String text, List<Step> steps) {
    this.text = text;
    this.steps = steps;
  }

  /** Parses a path; fails with the reason when it is not one. */
  public static InputPath parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("an input path is empty; expected e.g. market.volatility");
    }
    List<Step> steps = new ArrayList<>();
    for (String segment : text.split("\\.", -1)) {
      Matcher matcher = SEGMENT.matcher(segment);
      if (!matcher.matches()) {
        throw new IllegalArgumentException("'" + text + "' is not an input path such as market.volatility or"
            + " warrants[0].exercisePrice");
      }
      steps.add(new Step(matcher.group(1), -1));
      Matcher index = INDEX.matcher(matcher.group(2));
      while (index.find()) {
        try {
          steps.add(new Step(null, Integer.parseInt(index.group(1))));
        } catch (NumberFormatException e) {
          throw new IllegalArgumentException("'" + text + "' has an index too large: " + index.group(1));
        }
      }
    }
    if (steps.get(steps.size() - 1).isIndex()) {
      throw new IllegalArgumentException("'" + text + "' ends in an array element; name a field of it");
    }
    return new InputPath(text, List.copyOf(steps));
  }

  /** The current number at this path; fails when the path leads nowhere or holds something else. */
  public double number(JsonNode document) {
    JsonNode value = parent(document).get(last());
    if (value == null || value.isNull()) {
      throw new InputException(text, "is not in the file (an optional input at its default)");
    }
    if (!value.isNumber()) {
      throw new InputException(text, "holds " + JsonValues.describe(value) + ", not a number");
    }
    return value.doubleValue();
  }

  @Override
  public String toString() {
    return text;
  }

  private String last() {
    return steps.get(steps.size() - 1).field();
  }

  /** The object holding the last field, found by following the path; fails naming the first missing step. */
  private ObjectNode parent(JsonNode document) {
    JsonNode node = document;
    StringBuilder where = new StringBuilder();
    for (int i = 0; i < steps.size() - 1; i++) {
      Step step = steps.get(i);
      if (step.isIndex()) {
        if (!(node instanceof ArrayNode array)) {
          throw new InputException(where.toString(), "is not an array, so it has no element [" + step.index() + "]");
        }
        if (step.index() >= array.size()) {
          throw new InputException(where.toString(), "has " + array.size() + " element" + (array.size() == 1 ? "" : "s")
              + ", so no [" + step.index() + "]");
        }
        node = array.get(step.index());
        where.append('[').append(step.index()).append(']');
      } else {
        String prefix = where.isEmpty() ? "" : where + ".";
        JsonNode child = node.get(step.field());
        if (child == null || child.isNull()) {
          throw new InputException(prefix + step.field(), "is not in the file");
        }
        node = child;
        where.append(where.isEmpty() ? "" : ".").append(step.field());
      }
    }
    if (!(node instanceof ObjectNode object)) {
      throw new InputException(where.toString(), "holds " + JsonValues.describe(node) + ", not an object with fields");
    }
    return object;
  }
}
