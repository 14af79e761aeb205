package org.evsettle.settlement.ocpi;

/**
 * An OCPI object that cannot be read: the message names the source (a file name, say), the field by
 * its JSON path ({@code elements[1].price_components[0].type}) and what is wrong with it.
 */
public class OcpiFormatException extends RuntimeException {

  private final String field;

  public OcpiFormatException(String source, String field, String reason) {
    super(source + ": " + (field.isEmpty() ? "" : field + ": ") + reason);
    this.field = field;
  }

  /** The JSON path of the offending field; empty when the document as a whole is wrong. */
  public String field() {
    return field;
  }
}
