package org.evsettle.settlement.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What {@link Component} and {@link WindowClass} share: a name as it is stored and exported (upper
 * case, digits and underscores), and an order with the built-in names first, in their order, then
 * the others by name.
 */
final class BuiltInNames {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

  private BuiltInNames() {}

  /** The name, or an exception that says what a {@code what} may be called. */
  static String checked(String name, int maxLength, String what) {
    if (name == null || name.length() > maxLength || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is not a "
              + what
              + ": upper-case letters, digits and _, at most "
              + maxLength
              + " characters");
    }
    return name;
  }

  static <T> int compare(List<T> builtIn, T a, String aName, T b, String bName) {
    int c = Integer.compare(rank(builtIn, a), rank(builtIn, b));
    return c != 0 ? c : aName.compareTo(bName);
  }

  private static <T> int rank(List<T> builtIn, T value) {
    int i = builtIn.indexOf(value);
    return i < 0 ? builtIn.size() : i;
  }
}
