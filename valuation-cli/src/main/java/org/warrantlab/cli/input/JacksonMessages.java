package org.warrantlab.cli.input;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says a JSON or CSV parser's complaint in the user's terms, without the parser's class and feature names. */
final class JacksonMessages {

  private static final Pattern TOO_LONG = Pattern.compile("(Number|String|Name) value length \\((\\d+)\\) exceeds the"
      + " maximum allowed \\((\\d+).*", Pattern.DOTALL);
  private static final Pattern TOO_DEEP = Pattern.compile("Document nesting depth \\((\\d+)\\) exceeds the maximum"
      + " allowed \\((\\d+).*", Pattern.DOTALL);
  /** A parenthesised aside naming the parser's own classes or features, e.g. "(bound as `...JsonNode`)". */
  private static final Pattern INTERNAL_ASIDE = Pattern.compile("\\s*\\([^()]*`[^()]*\\)");
  private static final Pattern INTERNAL_TAIL = Pattern.compile(":?\\s*(not allowed as per|from) `.*", Pattern.DOTALL);

  private JacksonMessages() {
  }

  static String inUserTerms(String message) {
    String line = firstLine(String.valueOf(message));
    if (line.startsWith("Trailing token")) {
      return "more follows after the first JSON value ends; a file holds one JSON object";
    }
    Matcher tooLong = TOO_LONG.matcher(line);
    if (tooLong.matches()) {
      String what = switch (tooLong.group(1)) {
        case "Number" -> "a number";
        case "String" -> "a text";
        default -> "a field name";
      };
      return what + " is " + tooLong.group(2) + " characters long, more than the " + tooLong.group(3) + " allowed";
    }
    Matcher tooDeep = TOO_DEEP.matcher(line);
    if (tooDeep.matches()) {
      return "objects and arrays are nested " + tooDeep.group(1) + " deep, more than the " + tooDeep.group(2)
          + " allowed";
    }
    String plain = INTERNAL_TAIL.matcher(INTERNAL_ASIDE.matcher(line).replaceAll("")).replaceAll("");
    return plain.replace('`', '\'');
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
