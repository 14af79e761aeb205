package org.evsettle.rules.sandbox;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The types and members compiled rule code may reference, read from {@code
 * rule-code-allow-list.txt} (its header explains the format). Names are binary names with dots
 * ({@code java.util.Map$Entry}).
 */
public final class RuleCodeAllowList {

  private static final Set<String> NEVER =
      Set.of("getClass", "wait", "notify", "notifyAll", "finalize", "describeConstable");
  private static final String ALL = "*";

  private final Set<String> packages = new HashSet<>();
  private final Map<String, Set<String>> types = new HashMap<>();
  private final Map<String, Set<String>> denied = new HashMap<>();

  private RuleCodeAllowList() {}

  /** The list shipped with evsettle. */
  public static RuleCodeAllowList shipped() {
    return Holder.SHIPPED;
  }

  /**
   * The list for code Drools writes around rule code (its project descriptor, a model class's
   * constructor): the shipped list and what that code needs besides.
   */
  static RuleCodeAllowList generatedCode() {
    return Holder.GENERATED;
  }

  private static final class Holder {
    static final RuleCodeAllowList SHIPPED = load("rule-code-allow-list.txt");
    static final RuleCodeAllowList GENERATED =
        load("rule-code-allow-list.txt", "generated-code-allow-list.txt");
  }

  private static RuleCodeAllowList load(String... resources) {
    RuleCodeAllowList list = new RuleCodeAllowList();
    for (String resource : resources) {
      list.read(resource);
    }
    return list;
  }

  private void read(String resource) {
    try (InputStream in = RuleCodeAllowList.class.getResourceAsStream(resource);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        entry(line.strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void entry(String line) {
    if (line.isEmpty() || line.startsWith("#")) {
      return;
    }
    boolean deny = line.startsWith("deny ");
    String body = deny ? line.substring(5).strip() : line;
    int colon = body.indexOf(':');
    String type = (colon < 0 ? body : body.substring(0, colon)).strip();
    Set<String> members = new HashSet<>();
    if (colon < 0) {
      members.add(ALL);
    } else {
      for (String m : body.substring(colon + 1).strip().split("\\s+")) {
        if (!m.isEmpty()) {
          members.add(m);
        }
      }
    }
    if (deny) {
      denied.computeIfAbsent(type, t -> new HashSet<>()).addAll(members);
    } else if (type.endsWith(".*")) {
      packages.add(type.substring(0, type.length() - 2));
    } else {
      types.computeIfAbsent(type, t -> new HashSet<>()).addAll(members);
    }
  }

  /** Whether rule code may name the type (internal name, {@code java/io/File}). */
  public boolean allowsType(String internalName) {
    String name = internalName.replace('/', '.');
    return types.containsKey(name) || packages.contains(packageOf(name));
  }

  /** Whether rule code may use the member of the type (a field, method or constructor). */
  public boolean allowsMember(String internalOwner, String member) {
    if (NEVER.contains(member)) {
      return false;
    }
    String name = internalOwner.replace('/', '.');
    if (deniedInHierarchy(name, member)) {
      return false;
    }
    if (packages.contains(packageOf(name))) {
      return true;
    }
    Set<String> members = types.get(name);
    return members != null && (members.contains(ALL) || members.contains(member));
  }

  /**
   * A member denied on a type is denied wherever it is inherited: {@code ZoneOffset.systemDefault}
   * is {@code ZoneId}'s.
   */
  private boolean deniedInHierarchy(String name, String member) {
    if (denied.getOrDefault(name, Set.of()).contains(member)) {
      return true;
    }
    Class<?> type;
    try {
      type = Class.forName(name, false, RuleCodeAllowList.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
    java.util.Deque<Class<?>> todo = new java.util.ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> c = todo.pop();
      if (denied.getOrDefault(c.getName(), Set.of()).contains(member)) {
        return true;
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    return false;
  }

  private static String packageOf(String name) {
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(0, dot);
  }
}
