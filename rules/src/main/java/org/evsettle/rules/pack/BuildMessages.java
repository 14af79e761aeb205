package org.evsettle.rules.pack;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.RuleDescr;
import org.kie.api.builder.Message;

/**
 * Drools' build errors in a regulator's terms. An error in a rule file names its file and line; in
 * a decision table, its sheet and row. An error the Java compiler finds in code generated from a
 * rule (the executable model) is led back to the declared type it was generated for, or to the rule
 * whose consequence that code is.
 */
final class BuildMessages {

  private static final Pattern RULE_NAME =
      Pattern.compile("[Rr]ule(?: name)?[=:]\\s*'?([^'\\]\\n]+)'?");
  private static final Pattern WORD = Pattern.compile("[A-Za-z_$][\\w$]*|\"[^\"]*\"");

  private BuildMessages() {}

  static PackProblem problem(Message m, PackSources sources) {
    String file = m.getPath() == null ? "" : Path.of(m.getPath()).getFileName().toString();
    if (m.getPath() == null && m.getLine() > 0) {
      // the Java compiler's message on generated code that names no file
      return generated("", m, sources);
    }
    if (file.endsWith(".java")) {
      return generated(file.substring(0, file.length() - 5), m, sources);
    }
    DecisionTableCells table = sources.table(file);
    String where = m.getLine() > 0 ? "line " + m.getLine() : "";
    if (table != null) {
      Matcher rule = RULE_NAME.matcher(m.getText());
      where = rule.find() ? table.rowOf(rule.group(1).trim()) : "";
    }
    return new PackProblem(file, where, readable(m.getText()));
  }

  /** Drools' message without its generated class names, its lines joined. */
  static String readable(String message) {
    // the executable model appends the Java stack of its parser: nothing a regulator can use
    int stack = message.indexOf("Problem stacktrace");
    String text = stack < 0 ? message : message.substring(0, stack);
    Matcher rule = RULE_NAME.matcher(text);
    String prefix = rule.find() ? "in rule '" + rule.group(1).trim() + "': " : "";
    String details =
        text.lines()
            .map(String::trim)
            .map(l -> l.replaceFirst("^Rule Compilation error\\s*:?\\s*(\\[Rule name=[^]]*])?", ""))
            .map(l -> l.replaceAll(" for the type Rule_\\S+", "").trim())
            .filter(l -> !l.isEmpty())
            .distinct()
            .collect(Collectors.joining("; "));
    return prefix + (details.isEmpty() ? text.trim() : details);
  }

  /**
   * The first line of the compiler's message is the error; the rest is the generated source. The
   * rule is the one whose consequence shares the most words with that source.
   */
  private static PackProblem generated(String className, Message m, PackSources sources) {
    String text = m.getText();
    String error = text.lines().findFirst().orElse(text).trim();
    PackProblem type = sources.declaredType(className, "in type " + className + ": " + error);
    if (type != null) {
      return type;
    }
    Set<String> words = words(text);
    String bestFile = null;
    RuleDescr best = null;
    long bestScore = 0;
    for (var e : sources.packages().entrySet()) {
      for (RuleDescr rule : e.getValue().getRules()) {
        Set<String> own = words(String.valueOf(rule.getConsequence()));
        long score = own.stream().filter(words::contains).count();
        if (score > bestScore) {
          bestScore = score;
          best = rule;
          bestFile = e.getKey();
        }
      }
    }
    if (best == null) {
      return new PackProblem("rule files", "", "the rule code does not compile: " + error);
    }
    return sources.at(bestFile, best, "in rule '" + best.getName() + "': " + error);
  }

  private static Set<String> words(String text) {
    Set<String> words = new HashSet<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }
}
