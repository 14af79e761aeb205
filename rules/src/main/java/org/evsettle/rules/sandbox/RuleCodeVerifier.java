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

  /** The owner a finding names when rule code declares a class inside a method. */
  public static final String LOCAL_CLASS = "(class declared in rule code)";

  /** The package of every class generated from a pack. */
  public static final String PACK_PACKAGE = "org/evsettle/policy/";

  // code Drools writes around rule code, never with rule code in it: the project descriptor made
  // from the kmodule evsettle writes, and the constructor and initialiser of the model class that
  // lists the rules
  // (checked against generated-code-allow-list.txt as well)
  private static final String MODEL = "org/drools/model/Model";
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
      boolean modelClass = read.interfaces().contains(MODEL);
      if (read.local()) {
        // a class of its own inside rule code could keep static state across rule sessions
        String outer = read.enclosingMethod();
        String outerClass = outer.contains(".") ? outer.substring(0, outer.indexOf('.')) : outer;
        String outerMethod = outer.contains(".") ? outer.substring(outer.indexOf('.') + 1) : "";
        findings.add(
            new Finding(
                new CodeReference(CodeReference.Kind.TYPE, LOCAL_CLASS, "", "", name, ""),
                ruleOfMethod.getOrDefault(outer, ruleOfClass.get(outerClass)),
                outerClass,
                outerMethod));
        continue;
      }
      for (CodeReference ref : read.references()) {
        boolean generated =
            name.startsWith(PROJECT_MODEL)
                || modelClass
                    && (ref.inMethod().equals("<init>") || ref.inMethod().equals("<clinit>"));
        if (allowed(ref, generated ? RuleCodeAllowList.generatedCode() : allowList)) {
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
      // a class sets its own constants once; any other static write is state shared by sessions
      case STATIC_WRITE ->
          owner.equals(ref.inClass())
              && ref.inMethod().equals("<clinit>")
              && declaredInPack(owner, ref.member());
      case STATIC_READ ->
          memberAllowed(owner, ref.member(), list) && (isPack(owner) || constant(ref.descriptor()));
      case FIELD_READ, METHOD, HANDLE -> memberAllowed(owner, ref.member(), list);
      case BOOTSTRAP -> BOOTSTRAPS.contains(owner + "." + ref.member());
    };
  }

  /**
   * A static field of a class outside the pack is read only if its type is a value: a primitive, a
   * string, a number, a java.time value, an enum, a record of strings and primitives, or a class
   * literal. An array, a list or a framework object held in a static field is shared by the whole
   * JVM and could be changed.
   */
  private static boolean constant(String descriptor) {
    if (descriptor.length() == 1) {
      return true;
    }
    if (descriptor.startsWith("[")) {
      return false;
    }
    String type = descriptor.substring(1, descriptor.length() - 1);
    if (type.startsWith("java/time/")
        || type.startsWith("java/math/")
        || type.equals("java/lang/String")
        || type.equals("java/lang/Class")
        || type.equals("java/util/Locale")
        // the executable model's rule attributes: constants with one getter, no state
        || type.equals("org/drools/model/Rule$Attribute")
        || type.startsWith("java/lang/") && BOXED.contains(type.substring(10))) {
      return true;
    }
    try {
      Class<?> c =
          Class.forName(type.replace('/', '.'), false, RuleCodeVerifier.class.getClassLoader());
      return c.isEnum() || isValueRecord(c);
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** A record of strings and primitives only (a component's or window class's name). */
  private static boolean isValueRecord(Class<?> c) {
    return c.isRecord()
        && java.util.Arrays.stream(c.getRecordComponents())
            .allMatch(r -> r.getType().isPrimitive() || r.getType() == String.class);
  }

  private static final Set<String> BOXED =
      Set.of("Boolean", "Byte", "Character", "Short", "Integer", "Long", "Float", "Double");

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
