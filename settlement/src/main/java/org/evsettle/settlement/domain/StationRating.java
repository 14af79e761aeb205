package org.evsettle.settlement.domain;

/**
 * The regulator's rating of a site for a quarter; a new rating for the same quarter corrects it.
 */
public record StationRating(String siteId, Quarter quarter, StationGrade grade, RecordStatus status)
    implements InputRecord {

  @Override
  public RecordType type() {
    return RecordType.RATINGS;
  }

  @Override
  public String recordId() {
    return siteId + "@" + quarter;
  }

  @Override
  public String canonicalContent() {
    return InputRecord.canonical(siteId, quarter, grade, status);
  }
}
