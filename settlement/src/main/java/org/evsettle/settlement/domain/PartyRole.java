package org.evsettle.settlement.domain;

/** The role a sender plays; names the inbox folder its files arrive in. */
public enum PartyRole {
  OPERATORS("operators"),
  UTILITIES("utilities"),
  REGULATOR("regulator");

  private final String folder;

  PartyRole(String folder) {
    this.folder = folder;
  }

  public String folder() {
    return folder;
  }

  public static PartyRole ofFolder(String folder) {
    for (PartyRole role : values()) {
      if (role.folder.equals(folder)) {
        return role;
      }
    }
    throw new IllegalArgumentException("no party role has the inbox folder '" + folder + "'");
  }
}
