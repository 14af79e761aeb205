package org.evsettle.rules.model;

import java.math.BigDecimal;

/**
 * A compliance requirement (CS-1 ...), its wording, its legal reference and its threshold if any.
 */
public class Requirement extends ParameterFact {

  private final String id;
  private String description = "";
  private String reference = "";
  private BigDecimal threshold;

  public Requirement(String id) {
    this.id = id.trim();
  }

  public String getId() {
    return id;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    changing();
    this.description = description.trim();
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    changing();
    this.reference = reference.trim();
  }

  public BigDecimal getThreshold() {
    return threshold;
  }

  public void setThreshold(String threshold) {
    changing();
    this.threshold = CellValues.number(threshold);
  }

  @Override
  public String toString() {
    return id + " " + description;
  }
}
