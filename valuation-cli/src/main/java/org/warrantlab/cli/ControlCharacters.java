package org.warrantlab.cli;

/**
 * Escapes the control characters of text printed to a terminal: an id or note holding {@code ESC[31m}
 * would otherwise recolour or rewrite the user's terminal. Line breaks and tabs stay as they are.
 */
final class ControlCharacters {

  private ControlCharacters() {
  }

  /** {@code text} with every control character but line feed, carriage return and tab written as \\uXXXX. */
  static String escape(String text) {
    StringBuilder escaped = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control = (c < 0x20 && c != '\n' && c != '\r' && c != '\t') || (c >= 0x7f && c <= 0x9f);
      if (control && escaped == null) {
        escaped = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (escaped != null) {
        if (control) {
          escaped.append(String.format("\\u%04x", (int) c));
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? text : escaped.toString();
  }
}
