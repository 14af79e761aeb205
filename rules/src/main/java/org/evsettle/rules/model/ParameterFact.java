package org.evsettle.rules.model;

/**
 * A fact that a decision-table row fills in while the pack is compiled. The same instances are
 * inserted into every rule session of a run, so once compiled they are read-only: a rule that
 * changed one would change what every later batch and partition sees.
 */
public abstract class ParameterFact {

  private boolean frozen;

  /** Makes the fact read-only; the pack compiler calls it once the tables have been read. */
  public final void freeze() {
    frozen = true;
  }

  /** Every setter asks first. */
  protected final void changing() {
    if (frozen) {
      throw new UnsupportedOperationException(
          "the pack's parameters are read-only once it is compiled: " + this);
    }
  }
}
