package org.evsettle.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.QueryDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.evsettle.rules.model.Threshold;

/**
 * Names a rule relies on that nothing defines, which would otherwise make it silently never fire: a
 * phase (ruleflow group) the engine does not run, or a parameter ({@code Threshold(name == "...")})
 * that no decision table writes.
 */
final class PackNames {

  private static final List<String> PHASES = Phases.ALL;

  private static final Pattern NAMED = Pattern.compile("\\bname\\s*==\\s*\"([^\"]*)\"");

  private PackNames() {}

  static List<PackProblem> check(PackSources sources, PackParameters parameters) {
    Set<String> defined = new TreeSet<>();
    parameters.thresholds().stream().map(Threshold::getName).forEach(defined::add);
    return sources.each(
        (file, pkg) -> {
          List<PackProblem> problems = new ArrayList<>();
          for (RuleDescr rule : pkg.getRules()) {
            if (rule instanceof QueryDescr) {
              continue; // a query is asked, it does not fire
            }
            String in = " (in rule \"" + rule.getName() + "\")";
            String phase = phaseOf(rule);
            if (phase == null) {
              problems.add(
                  at(
                      sources,
                      file,
                      rule,
                      "a rule names no phase (ruleflow-group): " + PHASES + in));
            } else if (!PHASES.contains(phase)) {
              problems.add(
                  at(
                      sources,
                      file,
                      rule,
                      "the phase '" + phase + "' is none the engine runs " + PHASES + in));
            }
            thresholdNames(
                rule.getLhs(),
                name -> {
                  if (!defined.contains(name)) {
                    problems.add(
                        at(
                            sources,
                            file,
                            rule,
                            "no decision table defines the parameter '"
                                + name
                                + "' (check its spelling; the pack has "
                                + defined
                                + ")"
                                + in));
                  }
                });
          }
          return problems;
        });
  }

  private static String phaseOf(RuleDescr rule) {
    for (String attribute : List.of("ruleflow-group", "agenda-group")) {
      AttributeDescr a = rule.getAttributes().get(attribute);
      if (a != null) {
        return a.getValue().replace("\"", "").strip();
      }
    }
    return null;
  }

  /** The names in {@code Threshold(name == "...")} patterns, at any depth of the conditions. */
  private static void thresholdNames(BaseDescr descr, Consumer<String> found) {
    if (descr instanceof PatternDescr pattern) {
      if (pattern.getObjectType() != null && pattern.getObjectType().endsWith("Threshold")) {
        for (BaseDescr c : pattern.getDescrs()) {
          if (c instanceof ExprConstraintDescr expr) {
            Matcher m = NAMED.matcher(expr.getExpression());
            while (m.find()) {
              found.accept(m.group(1).strip());
            }
          }
        }
      }
      if (pattern.getSource() != null) {
        thresholdNames(pattern.getSource(), found);
      }
    }
    if (descr instanceof AccumulateDescr acc) {
      thresholdNames(acc.getInput(), found);
    }
    if (descr instanceof ConditionalElementDescr ce) {
      for (BaseDescr child : ce.getDescrs()) {
        thresholdNames(child, found);
      }
    }
  }

  private static PackProblem at(PackSources sources, String file, RuleDescr rule, String message) {
    if (sources.table(file) != null) {
      return sources.at(file, rule, message);
    }
    return new PackProblem(file, rule.getLine() > 0 ? "line " + rule.getLine() : "", message);
  }
}
