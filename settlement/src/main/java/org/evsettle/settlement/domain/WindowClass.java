package org.evsettle.settlement.domain;

import java.util.List;

/**
 * The time-of-use class of the energy on a line: a name. Beijing's four are built in; a pack may
 * declare its own ({@code window_classes:} in {@code pack.yaml}, e.g. OFF_PEAK and DAY). Built-in
 * classes sort in the order below, a pack's own after them by name.
 */
public record WindowClass(String name) implements Comparable<WindowClass> {
  public static final WindowClass PEAK = new WindowClass("PEAK");
  public static final WindowClass FLAT = new WindowClass("FLAT");
  public static final WindowClass VALLEY = new WindowClass("VALLEY");
  public static final WindowClass CRITICAL_PEAK = new WindowClass("CRITICAL_PEAK");

  private static final List<WindowClass> BUILT_IN = List.of(PEAK, FLAT, VALLEY, CRITICAL_PEAK);

  public WindowClass {
    BuiltInNames.checked(name, 16, "window class");
  }

  public static WindowClass of(String name) {
    return new WindowClass(name);
  }

  public static List<WindowClass> builtIn() {
    return BUILT_IN;
  }

  @Override
  public int compareTo(WindowClass other) {
    return BuiltInNames.compare(BUILT_IN, this, name, other, other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
