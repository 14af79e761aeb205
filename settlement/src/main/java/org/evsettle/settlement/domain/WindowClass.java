package org.evsettle.settlement.domain;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The time-of-use class of the energy on a line: a name. Beijing's four are built in; a pack may
 * declare its own ({@code window_classes:} in {@code pack.yaml}, e.g. OFF_PEAK and DAY). Built-in
 * classes sort in the order below, a pack's own after them by name.
 */
public record WindowClass(String name) implements Comparable<WindowClass> {
  /** Upper case, digits and underscores, as it is stored and exported (at most 16 characters). */
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,15}");

  public static final WindowClass PEAK = new WindowClass("PEAK");
  public static final WindowClass FLAT = new WindowClass("FLAT");
  public static final WindowClass VALLEY = new WindowClass("VALLEY");
  public static final WindowClass CRITICAL_PEAK = new WindowClass("CRITICAL_PEAK");

  private static final List<WindowClass> BUILT_IN = List.of(PEAK, FLAT, VALLEY, CRITICAL_PEAK);

  public WindowClass {
    if (name == null || !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "'"
              + name
              + "' is not a window class: upper-case letters, digits and _, at most 16"
              + " characters");
    }
  }

  public static WindowClass of(String name) {
    return new WindowClass(name);
  }

  public static List<WindowClass> builtIn() {
    return BUILT_IN;
  }

  /** The built-in classes first, in their order, then the others by name. */
  public int rank() {
    int i = BUILT_IN.indexOf(this);
    return i < 0 ? BUILT_IN.size() : i;
  }

  @Override
  public int compareTo(WindowClass other) {
    int c = Integer.compare(rank(), other.rank());
    return c != 0 ? c : name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
