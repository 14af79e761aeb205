package org.evsettle.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.drools.drl.ast.descr.AbstractClassTypeDeclarationDescr;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AnnotatedBaseDescr;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * What a pack may not be written with, whatever its code: the MVEL dialect (interpreted at run
 * time, never compiled to checked bytecode), inline accumulate code (compiled outside the checked
 * rule classes), timers and calendars (settlement has no clock to run them by), a salience that is
 * not a whole number (code run to order rules; phases order them), and types declared outside the
 * pack's package.
 */
final class PackConstructs {

  private static final String PACKAGE_PREFIX = PackLint.PACKAGE + ".";

  private PackConstructs() {}

  static List<PackProblem> check(PackSources sources) {
    return sources.each((file, pkg) -> check(sources, file, pkg));
  }

  private static List<PackProblem> check(PackSources sources, String file, PackageDescr pkg) {
    List<PackProblem> problems = new ArrayList<>();
    for (AttributeDescr a : pkg.getAttributes()) {
      if (a.getName().equals("dialect") && !"java".equals(unquoted(a.getValue()))) {
        problems.add(problem(file, a, "the dialect must be java: " + MVEL));
      }
    }
    for (var imported : pkg.getAccumulateImports()) {
      // Drools makes an instance of the named class while it builds, before anything is checked
      problems.add(
          problem(
              file,
              imported,
              "rule files may not import accumulate functions (import accumulate "
                  + imported.getTarget()
                  + "): use Drools' own (sum, count, min, max, average, collectList, ...)"));
    }
    for (RuleDescr rule : pkg.getRules()) {
      String in = " (in rule \"" + rule.getName() + "\")";
      if (!rule.getAnnotations().isEmpty()) {
        // Drools evaluates a rule's metadata values as MVEL while it builds the pack
        problems.add(
            problem(
                sources,
                file,
                rule,
                rule,
                "rules may not carry metadata (@"
                    + String.join(", @", rule.getAnnotationNames())
                    + "): Drools evaluates it as code while it builds the pack"
                    + in));
      }
      AttributeDescr dialect = rule.getAttributes().get("dialect");
      if (dialect != null && !"java".equals(unquoted(dialect.getValue()))) {
        problems.add(
            problem(sources, file, dialect, rule, "the dialect must be java: " + MVEL + in));
      }
      AttributeDescr salience = rule.getAttributes().get("salience");
      if (salience != null && !unquoted(salience.getValue()).matches("-?\\d{1,9}")) {
        problems.add(
            problem(
                sources,
                file,
                salience,
                rule,
                "salience must be a whole number, not an expression; order rules by their phase"
                    + " (ruleflow-group)"
                    + in));
      }
      inlineAccumulates(
          rule.getLhs(),
          found ->
              problems.add(
                  problem(
                      sources,
                      file,
                      found,
                      rule,
                      "inline accumulate code (init, action, result) is not allowed: it is compiled apart"
                          + " from the checked rule code; use an accumulate function such as sum(...),"
                          + " count(...) or collectList(...)"
                          + in)));
      for (String timed : List.of("timer", "calendars", "duration")) {
        AttributeDescr a = rule.getAttributes().get(timed);
        if (a != null) {
          problems.add(
              problem(
                  sources,
                  file,
                  a,
                  rule,
                  "rules may not use '"
                      + timed
                      + "': settlement evaluates a period's records, it runs no timers"
                      + in));
        }
      }
    }
    for (var e : pkg.getEnumDeclarations()) {
      // Drools loads and initialises a declared enum while it builds the pack, before its code
      // can be checked, and an enum constant's arguments are code
      problems.add(
          problem(
              file,
              e,
              "rule files may not declare enums (declare enum "
                  + e.getTypeName()
                  + "): use the fact model's enums, or a declared type with a text field"));
    }
    List<AbstractClassTypeDeclarationDescr> types = new ArrayList<>(pkg.getTypeDeclarations());
    for (var type : types) {
      annotations(file, type, type.getTypeName(), type, problems);
      for (var field : type.getFields().values()) {
        annotations(file, type, type.getTypeName() + "." + field.getFieldName(), field, problems);
      }
      for (var sup : type.getSuperTypes()) {
        if (!sources.declaresType(sup.getFullName())
            && !sup.getFullName().equals("Object")
            && !sup.getFullName().equals("java.lang.Object")) {
          // a subtype of a fact model class would pass for it (a parameter, a session) with
          // fields of its own that nothing freezes
          problems.add(
              problem(
                  file,
                  type,
                  "type "
                      + type.getTypeName()
                      + " may only extend a type the pack declares, not "
                      + sup.getFullName()));
        }
      }
      String name = type.getFullTypeName();
      String simple =
          name.startsWith(PACKAGE_PREFIX) ? name.substring(PACKAGE_PREFIX.length()) : name;
      if (simple.contains(".")) {
        problems.add(
            problem(
                file,
                type,
                "type "
                    + name
                    + " must be declared in the pack's package "
                    + PackLint.PACKAGE
                    + " (write its simple name)"));
      }
    }
    return problems;
  }

  /**
   * A declared type and its fields may carry {@code @position(n)} and nothing else: Drools copies
   * other annotations' values into code it runs while it builds ({@code @serialVersionUID} into a
   * static initialiser) or evaluates as MVEL on every insert ({@code @timestamp}, {@code
   * @duration}), out of the bytecode check's sight.
   */
  private static void annotations(
      String file,
      BaseDescr type,
      String where,
      AnnotatedBaseDescr annotated,
      List<PackProblem> problems) {
    for (AnnotationDescr a : annotated.getAnnotations()) {
      boolean position =
          a.getName().equals("position")
              && String.valueOf(a.getSingleValueAsString()).strip().matches("\\d{1,4}");
      if (!position) {
        problems.add(
            problem(
                file,
                annotated.getLine() > 0 ? annotated : type,
                "declared types may carry no annotation but @position(n), not @"
                    + a.getName()
                    + " (on "
                    + where
                    + "): Drools runs or evaluates their values outside the checked code"));
      }
    }
  }

  /** Every accumulate with code of its own, at any depth of a rule's conditions. */
  private static void inlineAccumulates(BaseDescr descr, Consumer<BaseDescr> found) {
    if (descr instanceof AccumulateDescr acc) {
      if (acc.getInitCode() != null && !acc.getInitCode().isBlank()
          || !acc.isExternalFunction() && acc.getFunctions().isEmpty()) {
        found.accept(acc);
      }
      inlineAccumulates(acc.getInput(), found);
    }
    if (descr instanceof PatternDescr pattern && pattern.getSource() != null) {
      inlineAccumulates(pattern.getSource(), found);
    }
    if (descr instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        inlineAccumulates(child, found);
      }
    }
  }

  private static final String MVEL =
      "MVEL is interpreted at run time and cannot be checked before the pack is used";

  private static String unquoted(String value) {
    String v = value == null ? "" : value.strip();
    if (v.length() >= 2 && (v.startsWith("\"") || v.startsWith("'"))) {
      v = v.substring(1, v.length() - 1);
    }
    return v.strip();
  }

  private static PackProblem problem(String file, BaseDescr at, String message) {
    return new PackProblem(file, at.getLine() > 0 ? "line " + at.getLine() : "", message);
  }

  private static PackProblem problem(
      PackSources sources, String file, BaseDescr at, RuleDescr rule, String message) {
    if (sources.table(file) != null) {
      return sources.at(file, rule, message);
    }
    return problem(file, at.getLine() > 0 ? at : rule, message);
  }
}
