package org.warrantlab.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Predicate;

/**
 * Mutations of a JSON input, each at a place drawn from the document: a field dropped, a value of the
 * wrong type, NaN or an infinity, a huge or negative number, a number scaled or zeroed, a date moved to
 * the year 9999 or 0001 or a thousand years on, two dates of one object swapped, a date that does not
 * exist, an unknown enum value, an unknown field, an array emptied or an entry repeated, the text cut
 * short; and two or three of them at once.
 */
final class InputMutator {

  /** A mutated input and what was done to it. */
  record Mutant(String text, String description) {
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Kind[] KINDS = Kind.values();

  /** The mutations, each applied at a place drawn from those it applies to. */
  enum Kind {
    DROP_FIELD, WRONG_TYPE, NOT_A_NUMBER, HUGE, NEGATIVE, ZERO, SCALED, FAR_DATE, SWAPPED_DATES, IMPOSSIBLE_DATE,
    UNKNOWN_ENUM, UNKNOWN_FIELD, EMPTY_ARRAY, REPEATED_ENTRY, TRUNCATED, SEVERAL
  }

  /** A value in the document: its container and its key or index. */
  private record Place(ContainerNode<?> parent, String field, int index, String path) {
    JsonNode value() {
      return field != null ? parent.get(field) : parent.get(index);
    }

    void set(JsonNode value) {
      if (field != null) {
        ((ObjectNode) parent).set(field, value);
      } else {
        ((ArrayNode) parent).set(index, value);
      }
    }
  }

  private InputMutator() {
  }

  static Mutant mutate(ObjectNode original, Random random) {
    Kind kind = KINDS[random.nextInt(KINDS.length)];
    ObjectNode tree = original.deepCopy();
    if (kind == Kind.TRUNCATED) {
      String text = FuzzRun.write(tree);
      int at = random.nextInt(text.length());
      return new Mutant(text.substring(0, at), "TRUNCATED at character " + at);
    }
    List<String> done = new ArrayList<>();
    if (kind == Kind.SEVERAL) {
      int count = 2 + random.nextInt(2);
      for (int i = 0; i < count; i++) {
        done.add(apply(KINDS[random.nextInt(Kind.TRUNCATED.ordinal())], tree, random));
      }
    } else {
      done.add(apply(kind, tree, random));
    }
    return new Mutant(FuzzRun.write(tree), String.join("; ", done));
  }

  private static String apply(Kind kind, ObjectNode tree, Random random) {
    List<Place> places = new ArrayList<>();
    collect(tree, "", places);
    return switch (kind) {
      case DROP_FIELD -> pick(places, p -> p.field() != null, random, p -> {
        ((ObjectNode) p.parent()).remove(p.field());
        return "dropped";
      });
      case WRONG_TYPE -> pick(places, p -> true, random, p -> {
        JsonNode wrong = wrongType(p.value(), random);
        p.set(wrong);
        return "set to " + wrong;
      });
      case NOT_A_NUMBER -> numbers(places, random, new double[] {Double.NaN, Double.POSITIVE_INFINITY,
          Double.NEGATIVE_INFINITY});
      case HUGE -> pick(places, p -> p.value().isNumber(), random, p -> {
        JsonNode huge = switch (random.nextInt(6)) {
          case 0 -> DoubleNode.valueOf(1e15);
          case 1 -> DoubleNode.valueOf(1e300);
          case 2 -> NODES.numberNode(Long.MAX_VALUE);
          case 3 -> NODES.numberNode(Integer.MAX_VALUE);
          case 4 -> NODES.numberNode(new BigInteger("123456789012345678901234567890"));
          default -> DoubleNode.valueOf(-1e18);
        };
        p.set(huge);
        return "set to " + huge;
      });
      case NEGATIVE -> pick(places, p -> p.value().isNumber(), random, p -> {
        JsonNode negative = p.value().isIntegralNumber() ? NODES.numberNode(-Math.max(1, p.value().longValue()))
            : DoubleNode.valueOf(-Math.abs(p.value().doubleValue()) - 0.5);
        p.set(negative);
        return "set to " + negative;
      });
      case ZERO -> numbers(places, random, new double[] {0.0});
      case SCALED -> pick(places, p -> p.value().isNumber(), random, p -> {
        double factor = new double[] {10, 0.1, 1e-9, -1}[random.nextInt(4)];
        JsonNode scaled = p.value().isIntegralNumber() && Math.abs(factor) >= 1
            ? NODES.numberNode(p.value().longValue() * (long) factor) : DoubleNode.valueOf(p.value().doubleValue() * factor);
        p.set(scaled);
        return "scaled to " + scaled;
      });
      case FAR_DATE -> pick(places, p -> isDate(p.value()), random, p -> {
        LocalDate date = LocalDate.parse(p.value().textValue());
        String far = switch (random.nextInt(3)) {
          case 0 -> "9999-12-31";
          case 1 -> "0001-01-01";
          default -> date.plusYears(1000).toString();
        };
        p.set(NODES.textNode(far));
        return "set to " + far;
      });
      case SWAPPED_DATES -> pick(places, p -> isDate(p.value()) && p.field() != null && otherDate(p) != null, random,
          p -> {
            String other = otherDate(p);
            JsonNode mine = p.value();
            ((ObjectNode) p.parent()).set(p.field(), p.parent().get(other));
            ((ObjectNode) p.parent()).set(other, mine);
            return "swapped with " + other;
          });
      case IMPOSSIBLE_DATE -> pick(places, p -> isDate(p.value()), random, p -> {
        String bad = new String[] {"2013-02-30", "2013-13-01", "13/01/2013", "2013-1-5", "+12013-01-01", ""}
            [random.nextInt(6)];
        p.set(NODES.textNode(bad));
        return "set to \"" + bad + "\"";
      });
      case UNKNOWN_ENUM -> pick(places, p -> isEnum(p.value()), random, p -> {
        String bad = random.nextBoolean() ? "BOGUS" : p.value().textValue().toLowerCase(Locale.ROOT);
        p.set(NODES.textNode(bad));
        return "set to \"" + bad + "\"";
      });
      case UNKNOWN_FIELD -> pick(places, p -> p.value().isObject(), random, p -> {
        ((ObjectNode) p.value()).put("unexpected", 1);
        return "given an unknown field";
      });
      case EMPTY_ARRAY -> pick(places, p -> p.value().isArray(), random, p -> {
        ((ArrayNode) p.value()).removeAll();
        return "emptied";
      });
      case REPEATED_ENTRY -> pick(places, p -> p.value().isArray() && !p.value().isEmpty(), random, p -> {
        ArrayNode array = (ArrayNode) p.value();
        array.add(array.get(random.nextInt(array.size())).deepCopy());
        return "given a repeated entry";
      });
      case TRUNCATED, SEVERAL -> throw new IllegalArgumentException(kind.name());
    };
  }

  /** Replaces every value {@code applies} accepts, anywhere in {@code tree}, by what {@code change} makes of it. */
  static ObjectNode everywhere(ObjectNode tree, Predicate<JsonNode> applies,
      java.util.function.Function<JsonNode, JsonNode> change) {
    ObjectNode copy = tree.deepCopy();
    List<Place> places = new ArrayList<>();
    collect(copy, "", places);
    for (Place place : places) {
      if (applies.test(place.value())) {
        place.set(change.apply(place.value()));
      }
    }
    return copy;
  }

  static boolean isDateValue(JsonNode value) {
    return isDate(value);
  }

  private static String numbers(List<Place> places, Random random, double[] values) {
    return pick(places, p -> p.value().isNumber(), random, p -> {
      double value = values[random.nextInt(values.length)];
      p.set(DoubleNode.valueOf(value));
      return "set to " + value;
    });
  }

  /** Applies {@code change} at a place drawn among those {@code applies} accepts; says what it did where. */
  private static String pick(List<Place> places, Predicate<Place> applies, Random random,
      java.util.function.Function<Place, String> change) {
    List<Place> candidates = places.stream().filter(applies).toList();
    if (candidates.isEmpty()) {
      return "nothing to change";
    }
    Place place = candidates.get(random.nextInt(candidates.size()));
    return place.path() + " " + change.apply(place);
  }

  private static void collect(JsonNode node, String path, List<Place> places) {
    if (node instanceof ObjectNode object) {
      Iterator<String> names = object.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        String child = path.isEmpty() ? name : path + "." + name;
        places.add(new Place(object, name, -1, child));
        collect(object.get(name), child, places);
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        String child = path + "[" + i + "]";
        places.add(new Place(array, null, i, child));
        collect(array.get(i), child, places);
      }
    }
  }

  private static JsonNode wrongType(JsonNode value, Random random) {
    List<JsonNode> others = new ArrayList<>(List.of(NODES.textNode("abc"), NODES.booleanNode(true),
        NODES.numberNode(1.5), NODES.arrayNode().add(1), NODES.objectNode().put("x", 1), NODES.nullNode()));
    others.removeIf(other -> other.getNodeType() == value.getNodeType());
    return others.get(random.nextInt(others.size()));
  }

  private static boolean isDate(JsonNode value) {
    if (!value.isTextual()) {
      return false;
    }
    try {
      LocalDate.parse(value.textValue());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean isEnum(JsonNode value) {
    return value.isTextual() && value.textValue().matches("[A-Z][A-Z_]+");
  }

  /** Another date field of the same object, if it has one. */
  private static String otherDate(Place place) {
    Iterator<String> names = place.parent().fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!name.equals(place.field()) && isDate(place.parent().get(name))) {
        return name;
      }
    }
    return null;
  }
}
