package org.evsettle.settlement.domain;

/** Why a row was rejected; each code comes with a sentence naming the field and the value. */
public enum RejectionCode {
  MISSING_FIELD,
  UNPARSABLE,
  END_NOT_AFTER_START,
  NEGATIVE_ENERGY,
  TOO_LONG,
  IN_FUTURE,
  UNKNOWN_CHARGER,
  UNKNOWN_SITE,
  UNKNOWN_METER,
  OTHER_PARTY,
  OUT_OF_RANGE,
  ENERGY_ABOVE_RATED,
  /** An interval or hour that does not start on a boundary of its length. */
  NOT_ALIGNED,
  /** A value with more decimals than the format allows: it would be rounded when stored. */
  TOO_PRECISE,
  /**
   * An import profile's id template gave this row the id of an earlier row of the same file with
   * other content: the template does not tell the two apart, so neither may replace the other.
   */
  ID_CONFLICT,
  /** A record that refers to another the sender never sent, e.g. a credit CDR's credited CDR. */
  UNKNOWN_REFERENCE
}
