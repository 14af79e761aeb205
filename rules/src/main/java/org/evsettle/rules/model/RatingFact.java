package org.evsettle.rules.model;

import org.evsettle.settlement.domain.Quarter;
import org.evsettle.settlement.domain.StationGrade;

/** The regulator's rating of a site for a quarter. */
public record RatingFact(String siteId, Quarter quarter, StationGrade grade) {

  public String getSiteId() {
    return siteId;
  }

  public Quarter getQuarter() {
    return quarter;
  }

  public StationGrade getGrade() {
    return grade;
  }
}
