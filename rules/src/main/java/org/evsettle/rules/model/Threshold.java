package org.evsettle.rules.model;

import java.math.BigDecimal;

/** A named number of the pack (a cap, a deadline, a bonus rate), written in a spreadsheet row. */
public class Threshold extends ParameterFact {

  private final String name;
  private String unit = "";
  private BigDecimal value;

  public Threshold(String name) {
    this.name = name.trim();
  }

  public String getName() {
    return name;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    changing();
    this.unit = unit.trim();
  }

  public BigDecimal getValue() {
    return value;
  }

  public void setValue(String value) {
    changing();
    this.value = CellValues.number(value);
  }

  @Override
  public String toString() {
    return name + " = " + (value == null ? "?" : value.toPlainString()) + " " + unit;
  }
}
