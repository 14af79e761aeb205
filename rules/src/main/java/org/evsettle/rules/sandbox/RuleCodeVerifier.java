package org.evsettle.rules.sandbox;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evsettle.rules.sandbox.ClassReferences.Read;

/**
 * Checks the class files compiled from a pack against the {@link RuleCodeAllowList}: every type,
 * field, method and handle that any generated class references. The pack's own generated classes
 * may reference one another; a member they inherit is checked where it is declared, so a declared
 * type cannot reach {@code Object.getClass} through its own name. Only rule code's own declared
 * types may have their fields written.
 */
public final class RuleCodeVerifier {

  /** The package of every class generated from a pack. */
  public static final String PACK_PACKAGE = "org/evsettle/policy/";

  // Drools' project descriptor, generated from the kmodule evsettle writes: checked against the
  // shipped list and the kmodule API it builds (project-model-allow-list.txt)
  private static final String PROJECT_MODEL = "org/drools/project/model/ProjectModel";
  private static final Set<String> BOOTSTRAPS =
      Set.of(
          "java/lang/invoke/LambdaMetafactory.metafactory",
          "java/lang/invoke/LambdaMetafactory.altMetafactory",
          "java/lang/invoke/StringConcatFactory.makeConcatWithConstants",
          "java/lang/invoke/StringConcatFactory.makeConcat");

  /**
   * A reference rule code may not make, and what it was generated for: the rule whose code holds it
   * (when known), else the generated class and method.
   */
  public record Finding(CodeReference reference, String rule, String className, String method) {

    /** The simple name of the generated class: a declared type's or a function class's name. */
    public String simpleClassName() {
      String name = className.substring(className.lastIndexOf('/') + 1);
      return name.substring(name.lastIndexOf('$') + 1);
    }
  }

  private final RuleCodeAllowList allowList;
  private final Map<String, Read> classes = new LinkedHashMap<>();

  private RuleCodeVerifier(RuleCodeAllowList allowList) {
    this.allowList = allowList;
  }

  /**
   * Every disallowed reference of the classes, one finding per generated place and name used.
   *
   * @param classFiles class files by path ({@code org/evsettle/policy/Rules1.class})
   * @param ruleNames the pack's rule names, to lead generated code back to its rule
   */
  public static List<Finding> verify(
      Map<String, byte[]> classFiles, Set<String> ruleNames, RuleCodeAllowList allowList) {
    RuleCodeVerifier verifier = new RuleCodeVerifier(allowList);
    for (byte[] bytes : classFiles.values()) {
      Read read = ClassReferences.read(bytes);
      verifier.classes.put(read.className(), read);
    }
    return verifier.findings(ruleNames);
  }

  private List<Finding> findings(Set<String> ruleNames) {
    Map<String, String> ruleOfMethod = new HashMap<>();
    Map<String, String> ruleOfClass = new HashMap<>();
    attribute(ruleNames, ruleOfMethod, ruleOfClass);
    Set<Finding> findings = new LinkedHashSet<>();
    for (Read read : classes.values()) {
      String name = read.className();
      RuleCodeAllowList list =
          name.startsWith(PROJECT_MODEL) ? RuleCodeAllowList.projectModel() : allowList;
      for (CodeReference ref : read.references()) {
        if (allowed(ref, list)) {
          continue;
        }
        String rule = ruleOfMethod.getOrDefault(name + "." + ref.inMethod(), ruleOfClass.get(name));
        findings.add(new Finding(ref, rule, name, ref.inMethod()));
      }
    }
    return new ArrayList<>(findings);
  }

  /**
   * A rule's method in the generated rule classes holds the rule's name; the lambda classes it
   * refers to (its constraints and consequence) belong to that rule.
   */
  private void attribute(
      Set<String> ruleNames, Map<String, String> ruleOfMethod, Map<String, String> ruleOfClass) {
    for (Read read : classes.values()) {
      for (var e : read.strings().entrySet()) {
        String rule = e.getValue().stream().filter(ruleNames::contains).findFirst().orElse(null);
        if (rule == null || e.getKey().isEmpty()) {
          continue;
        }
        ruleOfMethod.putIfAbsent(read.className() + "." + e.getKey(), rule);
        for (CodeReference ref : read.references()) {
          if (ref.inMethod().equals(e.getKey())
              && ref.owner().startsWith(PACK_PACKAGE)
              && !ref.owner().equals(read.className())
              && isLambda(ref.owner())) {
            ruleOfClass.putIfAbsent(ref.owner(), rule);
          }
        }
      }
    }
  }

  private static boolean isLambda(String owner) {
    return owner.substring(owner.lastIndexOf('/') + 1).startsWith("Lambda");
  }

  private boolean allowed(CodeReference ref, RuleCodeAllowList list) {
    String owner = ref.owner();
    if (owner.startsWith("[")) {
      // an array's own method: clone, which an enum's values() uses
      return ref.member().equals("clone");
    }
    return switch (ref.kind()) {
      case TYPE -> isPack(owner) || list.allowsType(owner);
      case FIELD_WRITE -> isPack(owner) && declaredInPack(owner, ref.member());
      case FIELD_READ, METHOD, HANDLE -> memberAllowed(owner, ref.member(), list);
      case BOOTSTRAP -> BOOTSTRAPS.contains(owner + "." + ref.member());
    };
  }

  private boolean isPack(String owner) {
    return classes.containsKey(owner);
  }

  /**
   * A member of a pack class is allowed if the pack declares it, else where it is inherited from.
   */
  private boolean memberAllowed(String owner, String member, RuleCodeAllowList list) {
    if (!isPack(owner)) {
      return list.allowsMember(owner, member);
    }
    // getClass and the like are Object's, reached through the super types and never allowed there
    Read read = classes.get(owner);
    if (read.declaredMembers().contains(member)) {
      return true;
    }
    List<String> supers = new ArrayList<>(read.interfaces());
    if (read.superName() != null) {
      supers.add(read.superName());
    }
    return supers.stream().anyMatch(s -> memberAllowed(s, member, list));
  }

  private boolean declaredInPack(String owner, String field) {
    Read read = classes.get(owner);
    if (read.declaredMembers().contains(field)) {
      return true;
    }
    return read.superName() != null
        && isPack(read.superName())
        && declaredInPack(read.superName(), field);
  }
}
