package org.evsettle.integrations.ocpi;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evsettle.integrations.ingest.IdTagPseudonymizer;

/**
 * How OCPI JSON is read and kept. Numbers are read as decimals, never doubles (they are money and
 * energy). The kept text is canonical: keys sorted, no blanks, numbers by value ({@code 0.50} and
 * {@code 0.5} alike), so the same object sent twice, formatted otherwise, is a duplicate. A card's
 * uid and contract id are replaced by their pseudonyms before anything is kept.
 */
final class OcpiJson {

  static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
          .enable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
          .enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED)
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .build();

  /** Reads one element of an array: the elements after it are no trailing tokens. */
  static final ObjectReader ELEMENT =
      MAPPER.readerFor(JsonNode.class).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  // the card's fields wherever they appear in text that is not valid JSON
  private static final Pattern TOKEN_FIELD =
      Pattern.compile("\"(uid|contract_id)\"(\\s*:\\s*)\"((?:[^\"\\\\]|\\\\.)*)\"");

  private final IdTagPseudonymizer pseudonymizer;

  OcpiJson(IdTagPseudonymizer pseudonymizer) {
    this.pseudonymizer = pseudonymizer;
  }

  /** The canonical text of an object, its card's uid and contract id pseudonymised. */
  String canonical(JsonNode object) {
    JsonNode kept = object;
    JsonNode token = object.get("cdr_token");
    if (token != null && token.isObject()) {
      ObjectNode copy = ((ObjectNode) object).deepCopy();
      ObjectNode copiedCard = (ObjectNode) copy.get("cdr_token");
      pseudonymise(copiedCard, "uid");
      pseudonymise(copiedCard, "contract_id");
      kept = copy;
    }
    try {
      return MAPPER.writeValueAsString(kept);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write a JSON tree", e);
    }
  }

  /** Text that could not be read as JSON, with what looks like a card's fields pseudonymised. */
  String unreadable(String text) {
    Matcher m = TOKEN_FIELD.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement =
          "\"" + m.group(1) + "\"" + m.group(2) + "\"" + pseudonymizer.pseudonym(m.group(3)) + "\"";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  private void pseudonymise(ObjectNode card, String field) {
    JsonNode value = card.get(field);
    // whatever its JSON type: a card number sent as a number is still the card
    if (value != null && value.isValueNode() && !value.isNull()) {
      card.put(field, pseudonymizer.pseudonym(value.asText()));
    }
  }
}
