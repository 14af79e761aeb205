package org.evsettle.integrations.csv;

import org.evsettle.settlement.domain.RejectionCode;

/**
 * A field of a row that cannot be used; the row is rejected with this reason. Thrown for expected,
 * per-row problems, so it carries no stack trace.
 */
public final class FieldProblem extends RuntimeException {

  private final transient RejectionCode code;
  private final String field;

  public FieldProblem(RejectionCode code, String field, String reason) {
    super(reason, null, false, false);
    this.code = code;
    this.field = field;
  }

  public static FieldProblem missing(String field) {
    return new FieldProblem(
        RejectionCode.MISSING_FIELD, field, "required field " + field + " is empty or missing");
  }

  public static FieldProblem unparsable(String field, String value, String expected) {
    return new FieldProblem(
        RejectionCode.UNPARSABLE,
        field,
        field + " '" + value + "' cannot be read: expected " + expected);
  }

  /** A text longer than the column it is stored in. */
  public static FieldProblem tooLong(String field, String value, int limit) {
    return new FieldProblem(
        RejectionCode.OUT_OF_RANGE,
        field,
        field + " is " + value.length() + " characters, longer than the " + limit + " allowed");
  }

  public RejectionCode code() {
    return code;
  }

  public String field() {
    return field;
  }

  public String reason() {
    return getMessage();
  }
}
