package org.warrantlab.cli.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a JSON input file into a tree, turning every failure into a one-line {@link InputException}. */
public final class JsonFiles {

  /** NaN and Infinity are accepted as numbers so that the validation can name them. */
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private JsonFiles() {
  }

  public static JsonNode read(Path file) {
    InputFileKind.JSON.check(file);
    try (InputStream in = Files.newInputStream(file)) {
      JsonNode root = MAPPER.readTree(in);
      if (root == null || root.isMissingNode()) {
        throw new InputException("", "is empty; expected a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      JsonLocation where = e.getLocation();
      String at = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
      throw new InputException("", "is not valid JSON" + at + ": " + JacksonMessages.inUserTerms(e.getOriginalMessage()));
    } catch (NoSuchFileException e) {
      throw new InputException("", "cannot be read: no such file");
    } catch (AccessDeniedException e) {
      throw new InputException("", "cannot be read: permission denied");
    } catch (IOException e) {
      throw new InputException("", "cannot be read: " + firstLine(String.valueOf(e.getMessage())));
    }
  }

  private static String firstLine(String message) {
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
