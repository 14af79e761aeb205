package org.evsettle.settlement.domain;

import java.util.Objects;

/**
 * The sender of a file: an operator, a utility or the regulator. The regulator has no folder of its
 * own below its role, so its id is {@link #REGULATOR_ID}.
 */
public record Party(PartyRole role, String id) {

  public static final String REGULATOR_ID = "regulator";

  public Party {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(id, "id");
  }

  public static Party regulator() {
    return new Party(PartyRole.REGULATOR, REGULATOR_ID);
  }

  @Override
  public String toString() {
    return role.folder() + "/" + id;
  }
}
