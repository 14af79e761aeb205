package org.evsettle.settlement.ocpi;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Reads OCPI 2.2.1 Tariff and CDR objects from JSON. Whatever is wrong is thrown as an {@link
 * OcpiFormatException} naming the source, the field's path and the reason, never as a parser's own
 * exception.
 */
public final class OcpiJson {

  // amounts exactly as written: 0.1 stays 0.1, not the double nearest to it
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private OcpiJson() {}

  /** A tariff from JSON text; {@code source} names it in errors (a file name, an id). */
  public static Tariff parseTariff(String json, String source) {
    return readTariff(new StringReader(json), source);
  }

  public static Tariff readTariff(Reader json, String source) {
    return read(json, source, "tariff", TariffJson::read);
  }

  public static Tariff readTariff(Path file) {
    return read(file, OcpiJson::readTariff);
  }

  /** A CDR from JSON text; {@code source} names it in errors. */
  public static Cdr parseCdr(String json, String source) {
    return readCdr(new StringReader(json), source);
  }

  public static Cdr readCdr(Reader json, String source) {
    return read(json, source, "CDR", CdrJson::read);
  }

  public static Cdr readCdr(Path file) {
    return read(file, OcpiJson::readCdr);
  }

  private interface ReaderParser<T> {
    T parse(Reader reader, String source);
  }

  private static <T> T read(Path file, ReaderParser<T> parser) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parser.parse(reader, file.toString());
    } catch (IOException e) {
      throw new OcpiFormatException(file.toString(), "", "cannot be read: " + e);
    }
  }

  private static <T> T read(
      Reader json, String source, String what, Function<JsonFields, T> mapping) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      throw new OcpiFormatException(
          source,
          "",
          "not valid JSON" + where + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
    } catch (IOException e) {
      throw new UncheckedIOException(source + ": cannot be read", e);
    }
    if (root == null || root.isMissingNode()) {
      throw new OcpiFormatException(source, "", "empty, expected a " + what + " object");
    }
    return mapping.apply(JsonFields.root(root, source, what));
  }
}
