package org.evsettle.rules.pack;

/**
 * Something wrong with a pack, where it is ({@code tariff.drl.xlsx}, "row 12" or "line 7" or "cell
 * C9"), and what to do about it, in words for the regulator who edits the file.
 */
public record PackProblem(String file, String location, String message) {

  @Override
  public String toString() {
    return file + (location == null || location.isEmpty() ? "" : " " + location) + ": " + message;
  }
}
