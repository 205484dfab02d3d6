package org.warrantlab.cli.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One record of a CSV file, its cells trimmed, and the line it starts on (counting from 1), so that an
 * error can name it. Blank lines are skipped.
 *
 * @param line the line number of the record's first cell
 * @param cells the cells as text
 */
record CsvRow(long line, List<String> cells) {

  private static final CsvMapper MAPPER = CsvMapper.builder()
      .enable(CsvParser.Feature.WRAP_AS_ARRAY)
      .enable(CsvParser.Feature.TRIM_SPACES)
      .build();

  private static final int BYTE_ORDER_MARK = 0xFEFF;

  CsvRow {
    cells = List.copyOf(cells);
  }

  /** Every non-blank record of {@code file}, in order; a file that cannot be read or parsed is an input error. */
  static List<CsvRow> readAll(Path file) {
    InputFileKind.CSV.check(file);
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         JsonParser parser = MAPPER.getFactory().createParser(skipByteOrderMark(reader))) {
      List<CsvRow> rows = new ArrayList<>();
      if (parser.nextToken() != JsonToken.START_ARRAY) {
        return rows;
      }
      while (parser.nextToken() == JsonToken.START_ARRAY) {
        long line = -1;
        List<String> cells = new ArrayList<>();
        while (parser.nextToken() == JsonToken.VALUE_STRING) {
          if (line < 0) {
            line = parser.currentTokenLocation().getLineNr();
          }
          cells.add(parser.getText());
        }
        if (cells.stream().anyMatch(cell -> !cell.isEmpty())) {
          rows.add(new CsvRow(line, cells));
        }
      }
      return rows;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String at = where == null ? "" : " at line " + where.getLineNr();
      throw new InputException("", "is not valid CSV" + at + ": " + JacksonMessages.inUserTerms(e.getOriginalMessage()));
    } catch (NoSuchFileException e) {
      throw new InputException("", "cannot be read: no such file");
    } catch (CharacterCodingException e) {
      throw new InputException("", "cannot be read: it is not UTF-8 text");
    } catch (AccessDeniedException e) {
      throw new InputException("", "cannot be read: permission denied");
    } catch (IOException e) {
      throw new InputException("", "cannot be read: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  /** Drops the byte order mark that some spreadsheets write at the start of a UTF-8 file. */
  private static BufferedReader skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != BYTE_ORDER_MARK) {
      reader.reset();
    }
    return reader;
  }

  /** The cell at {@code index}, or null when the row is shorter. */
  String cell(int index) {
    return index < cells.size() ? cells.get(index) : null;
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
