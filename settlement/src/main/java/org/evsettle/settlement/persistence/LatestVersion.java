package org.evsettle.settlement.persistence;

/**
 * Which stored version of a record is its latest: the one no higher version of the same record
 * follows in its table. Versions are append-only, so the answer is read from the versions
 * themselves, each check one look-up in the table's version constraint.
 */
public final class LatestVersion {

  private LatestVersion() {}

  /** A condition true of the rows of {@code table}, aliased {@code alias}, that are latest. */
  public static String of(String table, String alias) {
    return "not exists (select 1 from "
        + table
        + " later where later.record_id = "
        + alias
        + ".record_id and later.party_id = "
        + alias
        + ".party_id and later.version > "
        + alias
        + ".version)";
  }
}
