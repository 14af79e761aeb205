package org.evsettle.rules.pack;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsError;
import org.drools.drl.parser.DroolsParserException;
import org.evsettle.rules.sandbox.RuleCodeVerifier.Finding;

/**
 * The rules, functions, types and globals of a pack's files as Drools parses them (a decision table
 * through the rules Drools writes from its rows), so that a finding in generated code leads back to
 * the file and line, or sheet and row, a regulator edits.
 */
final class PackSources {

  private final Map<String, PackageDescr> byFile = new LinkedHashMap<>();
  private final Map<String, String> drlText = new LinkedHashMap<>();
  private final Map<String, DecisionTableCells> tables;
  private final List<PackProblem> problems = new ArrayList<>();

  private PackSources(Map<String, DecisionTableCells> tables) {
    this.tables = tables;
  }

  /**
   * Parses the files. A file that cannot be parsed is a problem here: the pack is then not built,
   * since what this parse does not see cannot be checked before Drools' build would load it.
   */
  static PackSources of(PackFiles files, Map<String, DecisionTableCells> tables) {
    PackSources sources = new PackSources(tables);
    try {
      for (Path drl : files.drl()) {
        String text = Files.readString(drl, StandardCharsets.UTF_8);
        sources.drlText.put(drl.getFileName().toString(), text);
        sources.parse(drl.getFileName().toString(), text);
      }
      for (Path xlsx : files.decisionTables()) {
        String file = xlsx.getFileName().toString();
        try (InputStream in = Files.newInputStream(xlsx)) {
          sources.parse(file, new SpreadsheetCompiler().compile(in, InputType.XLS));
        } catch (RuntimeException e) {
          sources.problems.add(
              new PackProblem(file, "", "the decision table cannot be read: " + e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  private void parse(String file, String text) {
    DrlParser parser = new DrlParser();
    try {
      PackageDescr descr = parser.parse(new StringReader(text));
      if (descr != null && !parser.hasErrors()) {
        byFile.put(file, descr);
        return;
      }
      for (DroolsError error : parser.getErrors()) {
        int[] lines = error.getLines();
        String where = lines.length > 0 && lines[0] > 0 ? "line " + lines[0] : "";
        DecisionTableCells table = tables.get(file);
        problems.add(
            new PackProblem(
                file, table != null ? "" : where, BuildMessages.readable(error.getMessage())));
      }
      if (parser.getErrors().isEmpty()) {
        problems.add(new PackProblem(file, "", "the file cannot be parsed"));
      }
    } catch (DroolsParserException e) {
      problems.add(new PackProblem(file, "", "the file cannot be parsed: " + e.getMessage()));
    }
  }

  /** The files that could not be read or parsed. */
  List<PackProblem> problems() {
    return problems;
  }

  Map<String, PackageDescr> packages() {
    return byFile;
  }

  /** Each rule's file. */
  Map<String, String> fileOfRule() {
    Map<String, String> files = new java.util.HashMap<>();
    byFile.forEach((file, p) -> p.getRules().forEach(r -> files.putIfAbsent(r.getName(), file)));
    return files;
  }

  Set<String> ruleNames() {
    Set<String> names = new java.util.HashSet<>();
    byFile.values().forEach(p -> p.getRules().forEach(r -> names.add(r.getName())));
    return names;
  }

  /** Where the code of a finding was written. */
  PackProblem locate(Finding finding, String message) {
    if (finding.rule() != null) {
      for (var e : byFile.entrySet()) {
        for (RuleDescr rule : e.getValue().getRules()) {
          if (rule.getName().equals(finding.rule())) {
            return at(e.getKey(), rule, message + " (in rule \"" + rule.getName() + "\")");
          }
        }
      }
    }
    String simple = finding.simpleClassName();
    for (var e : byFile.entrySet()) {
      for (var type : e.getValue().getTypeDeclarations()) {
        if (type.getTypeName().equals(simple)) {
          return at(e.getKey(), type, message + " (in type " + simple + ")");
        }
      }
      for (var function : e.getValue().getFunctions()) {
        if (function.getName().equals(finding.method())
            || simple.equalsIgnoreCase(function.getName())) {
          return at(e.getKey(), function, message + " (in function " + function.getName() + ")");
        }
      }
    }
    String used = finding.reference().ownerName();
    String usedSimple = used.substring(used.lastIndexOf('.') + 1);
    for (var e : byFile.entrySet()) {
      for (var global : e.getValue().getGlobals()) {
        if (global.getType().equals(used) || global.getType().endsWith(usedSimple)) {
          return at(e.getKey(), global, message + " (global " + global.getIdentifier() + ")");
        }
      }
    }
    return textSearch(usedSimple, message);
  }

  /** Whether a file of the pack declares the type (its simple or its full name). */
  boolean declaresType(String name) {
    String simple =
        name.startsWith(PackLint.PACKAGE + ".")
            ? name.substring(PackLint.PACKAGE.length() + 1)
            : name;
    return byFile.values().stream()
        .flatMap(p -> p.getTypeDeclarations().stream())
        .anyMatch(t -> t.getTypeName().equals(simple));
  }

  /** Where a type the pack declares is declared, or null. */
  PackProblem declaredType(String simpleName, String message) {
    for (var e : byFile.entrySet()) {
      for (var type : e.getValue().getTypeDeclarations()) {
        if (type.getTypeName().equals(simpleName)) {
          return at(e.getKey(), type, message);
        }
      }
    }
    return null;
  }

  /** The first line of a DRL file where the name used is written, when nothing else places it. */
  private PackProblem textSearch(String simpleName, String message) {
    Pattern word = Pattern.compile("\\b" + Pattern.quote(simpleName) + "\\b");
    for (var e : drlText.entrySet()) {
      String[] lines = e.getValue().split("\r\n|\r|\n", -1);
      for (int i = 0; i < lines.length; i++) {
        if (word.matcher(lines[i]).find()) {
          return new PackProblem(e.getKey(), "line " + (i + 1), message);
        }
      }
    }
    String file = byFile.isEmpty() ? "rule files" : byFile.keySet().iterator().next();
    return new PackProblem(file, "", message);
  }

  PackProblem at(String file, BaseDescr descr, String message) {
    DecisionTableCells table = tables.get(file);
    if (table != null && descr instanceof RuleDescr rule) {
      return new PackProblem(file, table.rowOf(rule.getName()), message);
    }
    return new PackProblem(file, descr.getLine() > 0 ? "line " + descr.getLine() : "", message);
  }

  /** The problems of every file, in file order. */
  List<PackProblem> each(
      java.util.function.BiFunction<String, PackageDescr, List<PackProblem>> check) {
    List<PackProblem> problems = new ArrayList<>();
    byFile.forEach((file, descr) -> problems.addAll(check.apply(file, descr)));
    return problems;
  }

  DecisionTableCells table(String file) {
    return tables.get(file);
  }
}
