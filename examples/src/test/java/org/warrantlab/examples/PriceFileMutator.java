package org.warrantlab.examples;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Mutations of a daily price file: a cell replaced by text, NaN, a negative, a huge or an empty value;
 * a column dropped from the header or a row; two rows swapped; a row repeated; rows deleted (a gap); the
 * header dropped; extra cells; a byte order mark; the file cut short or emptied; bytes that are not UTF-8.
 */
final class PriceFileMutator {

  /** A mutated file and what was done to it. */
  record Mutant(byte[] bytes, String description) {
  }

  private PriceFileMutator() {
  }

  static Mutant mutate(List<String> original, Random random) {
    List<String> lines = new ArrayList<>(original);
    int row = 1 + random.nextInt(lines.size() - 1);
    String description;
    switch (random.nextInt(12)) {
      case 0 -> {
        String[] cells = lines.get(row).split(",", -1);
        int column = random.nextInt(cells.length);
        String bad = new String[] {"abc", "NaN", "-1", "1e400", "", "0", "2010-02-30", "\"1,5\""}[random.nextInt(8)];
        cells[column] = bad;
        lines.set(row, String.join(",", cells));
        description = "line " + (row + 1) + " column " + (column + 1) + " set to " + bad;
      }
      case 1 -> {
        int column = random.nextInt(6);
        for (int i = 0; i < lines.size(); i++) {
          List<String> cells = new ArrayList<>(List.of(lines.get(i).split(",", -1)));
          cells.remove(column);
          lines.set(i, String.join(",", cells));
        }
        description = "column " + (column + 1) + " dropped";
      }
      case 2 -> {
        int other = 1 + random.nextInt(lines.size() - 1);
        Collections.swap(lines, row, other);
        description = "lines " + (row + 1) + " and " + (other + 1) + " swapped";
      }
      case 3 -> {
        lines.add(row, lines.get(row));
        description = "line " + (row + 1) + " repeated";
      }
      case 4 -> {
        int count = 1 + random.nextInt(30);
        for (int i = 0; i < count && row < lines.size(); i++) {
          lines.remove(row);
        }
        description = count + " lines deleted from line " + (row + 1);
      }
      case 5 -> {
        lines.remove(0);
        description = "header dropped";
      }
      case 6 -> {
        lines.set(row, lines.get(row) + ",extra,cells");
        description = "line " + (row + 1) + " given extra cells";
      }
      case 7 -> {
        lines.set(row, lines.get(row).substring(0, random.nextInt(lines.get(row).length())));
        description = "line " + (row + 1) + " cut short";
      }
      case 8 -> {
        lines = lines.subList(0, row);
        description = "file cut after line " + row;
      }
      case 9 -> {
        lines = List.of();
        description = "emptied";
      }
      case 10 -> {
        lines.set(0, lines.get(0).toUpperCase(java.util.Locale.ROOT).replace("CLOSE", "Close,close"));
        description = "header with two close columns";
      }
      default -> {
        byte[] text = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 3];
        boolean bom = random.nextBoolean();
        byte[] prefix = bom ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[] {(byte) 0xC3, (byte) 0x28, 'x'};
        System.arraycopy(prefix, 0, bytes, 0, 3);
        System.arraycopy(text, 0, bytes, 3, text.length);
        return new Mutant(bytes, bom ? "byte order mark" : "bytes that are not UTF-8");
      }
    }
    return new Mutant((String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8), description);
  }
}
