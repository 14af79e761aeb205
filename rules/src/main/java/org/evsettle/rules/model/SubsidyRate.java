package org.evsettle.rules.model;

import java.math.BigDecimal;
import org.evsettle.settlement.domain.StationGrade;

/** The subsidy per kWh of public charging at a station of a rating. */
public class SubsidyRate extends ParameterFact {

  private StationGrade grade;
  private BigDecimal rate;

  public StationGrade getGrade() {
    return grade;
  }

  public void setGrade(StationGrade grade) {
    changing();
    this.grade = grade;
  }

  public BigDecimal getRate() {
    return rate;
  }

  public void setRate(String rate) {
    changing();
    this.rate = CellValues.number(rate);
  }

  @Override
  public String toString() {
    return "subsidy " + grade + " " + rate;
  }
}
