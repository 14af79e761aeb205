package org.evsettle.integrations.ocpi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The objects of an OCPI JSON file, one at a time: a JSON array of objects (streamed, so a file of
 * 100,000 CDRs never sits in memory as one tree) or one object per line (NDJSON), told apart by the
 * file's first character. An object's position is its number in the array (the first is 1) or its
 * line. Text that is not JSON never stops the file: in an array, the rest of the file from the
 * error on becomes one unreadable item, with the parser's line and column; in NDJSON, the line.
 */
final class JsonObjects {

  /** How long the text of an unreadable item kept for the quarantine may be. */
  static final int TEXT_LIMIT = 16000;

  /** An object, or text that could not be read as one, at its position in the file. */
  record Item(long position, String where, JsonNode object, String problem, String text) {

    boolean readable() {
      return problem == null;
    }
  }

  private enum Layout {
    ARRAY,
    LINES
  }

  private JsonObjects() {}

  /** Why the file holds neither layout, or null. */
  static String problem(Path file) {
    try {
      layout(file);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  /** Hands every item of the file to {@code action}, in file order. */
  static void forEach(Path file, Consumer<Item> action) {
    try {
      if (layout(file) == Layout.ARRAY) {
        array(file, action);
      } else {
        lines(file, action);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static Layout layout(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int c = in.read();
      while (c == '\uFEFF' || Character.isWhitespace(c)) {
        c = in.read();
      }
      if (c == '[') {
        return Layout.ARRAY;
      }
      if (c == '{') {
        return Layout.LINES;
      }
      throw new IllegalArgumentException(
          c < 0
              ? "the file is empty: it holds no JSON"
              : "the file is neither a JSON array of OCPI objects nor one object per line"
                  + " (NDJSON): it starts with '"
                  + (char) c
                  + "'");
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalArgumentException("the file cannot be read as JSON: it is not UTF-8 text");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static void array(Path file, Consumer<Item> action) throws IOException {
    long position = 0;
    long restPosition = 1; // the position the unread rest of the file would have
    long restStart = 0; // the byte where it starts
    try (InputStream in = Files.newInputStream(file);
        JsonParser parser = OcpiJson.MAPPER.createParser(in)) {
      parser.nextToken(); // the array's start
      restStart = parser.currentLocation().getByteOffset();
      JsonToken token = parser.nextToken();
      while (token != JsonToken.END_ARRAY) {
        if (token == null) {
          throw new JsonParseException(parser, "the array is not closed");
        }
        JsonLocation at = parser.currentTokenLocation();
        restStart = at.getByteOffset();
        position++;
        restPosition = position;
        String where = "element " + position + " of the array (line " + at.getLineNr() + ")";
        JsonNode element = OcpiJson.ELEMENT.readTree(parser);
        action.accept(
            element.isObject()
                ? new Item(position, where, element, null, null)
                : new Item(position, where, null, notAnObject(element), element.toString()));
        restStart = parser.currentLocation().getByteOffset();
        restPosition = position + 1;
        token = parser.nextToken();
      }
      if (parser.nextToken() != null) {
        throw new JsonParseException(parser, "text after the end of the array");
      }
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      action.accept(
          new Item(
              restPosition,
              "the rest of the file",
              null,
              "is not valid JSON at line "
                  + at.getLineNr()
                  + ", column "
                  + at.getColumnNr()
                  + " ("
                  + e.getOriginalMessage()
                  + "): nothing after it can be read",
              text(file, restStart)));
    }
  }

  /** Up to {@link #TEXT_LIMIT} characters of the file from a byte on. */
  private static String text(Path file, long fromByte) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      in.skipNBytes(fromByte);
      byte[] bytes = in.readNBytes(TEXT_LIMIT * 4);
      return limit(new String(bytes, StandardCharsets.UTF_8));
    }
  }

  private static String limit(String text) {
    return text.length() <= TEXT_LIMIT ? text : text.substring(0, TEXT_LIMIT);
  }

  private static String notAnObject(JsonNode node) {
    String type = node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    return "is a JSON " + type + ", not an object";
  }

  private static void lines(Path file, Consumer<Item> action) throws IOException {
    // bytes that are not UTF-8 become U+FFFD: that line is then quarantined, not the whole file
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
      long lineNo = 0;
      for (String read = in.readLine(); read != null; read = in.readLine()) {
        lineNo++;
        String line = lineNo == 1 && read.startsWith("\uFEFF") ? read.substring(1) : read;
        if (line.isBlank()) {
          continue;
        }
        String where = "line " + lineNo;
        try {
          JsonNode object = OcpiJson.MAPPER.readTree(line);
          if (object.isObject()) {
            action.accept(new Item(lineNo, where, object, null, null));
          } else {
            action.accept(new Item(lineNo, where, null, notAnObject(object), line));
          }
        } catch (JsonProcessingException e) {
          action.accept(
              new Item(
                  lineNo,
                  where,
                  null,
                  "is not valid JSON at column "
                      + e.getLocation().getColumnNr()
                      + " ("
                      + e.getOriginalMessage()
                      + ")",
                  limit(line)));
        }
      }
    }
  }
}
