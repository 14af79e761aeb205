package org.evsettle.rules.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule files are code that regulators edit, so they may only use the fact model: no I/O, network,
 * reflection, processes, threads or {@code System}. Checks DRL text line by line and every cell of
 * a decision table (a cell's value is pasted into code), with strings and comments ignored in DRL.
 */
public final class PackLint {

  static final String PACKAGE = "org.evsettle.policy";
  private static final Pattern IMPORT =
      Pattern.compile("^\\s*import\\s+(?:function\\s+|static\\s+)?([\\w.*]+)");
  private static final Pattern PACKAGE_LINE = Pattern.compile("^\\s*package\\s+([\\w.]+)");
  private static final List<String> ALLOWED_IMPORTS =
      List.of(
          "org.evsettle.rules.model.",
          "org.evsettle.settlement.domain.",
          "java.math.",
          "java.time.",
          "java.util.List",
          "java.util.Set",
          "java.util.Map",
          "java.util.Collection");
  private static final Pattern FORBIDDEN =
      Pattern.compile(
          "\\b(System|Runtime|Thread|ThreadGroup|ProcessBuilder|Process|ClassLoader|Class\\.forName"
              + "|getClass|Files|Paths|Socket|ServerSocket|URL|URI|HttpClient|Executors?"
              + "|CompletableFuture|ForkJoinPool|Unsafe|Method|Field|Constructor)\\b"
              + "|java\\.(io|nio|net|lang\\.reflect|lang\\.invoke|util\\.concurrent)\\b"
              + "|\\bjavax?\\.(naming|script|management)\\b");

  private PackLint() {}

  /** Problems of a DRL file's text. */
  public static List<PackProblem> drl(String file, String text) {
    List<PackProblem> problems = new ArrayList<>();
    boolean inComment = false;
    String[] lines = text.split("\r\n|\r|\n", -1);
    boolean packageSeen = false;
    for (int i = 0; i < lines.length; i++) {
      StringBuilder code = new StringBuilder();
      inComment = stripCommentsAndStrings(lines[i], inComment, code);
      String line = code.toString();
      String where = "line " + (i + 1);
      Matcher pkg = PACKAGE_LINE.matcher(line);
      if (pkg.find()) {
        packageSeen = true;
        if (!pkg.group(1).equals(PACKAGE)) {
          problems.add(
              new PackProblem(
                  file, where, "the package must be " + PACKAGE + ", not " + pkg.group(1)));
        }
      }
      Matcher imp = IMPORT.matcher(line);
      if (imp.find() && ALLOWED_IMPORTS.stream().noneMatch(imp.group(1)::startsWith)) {
        problems.add(
            new PackProblem(
                file,
                where,
                "import of "
                    + imp.group(1)
                    + " is not allowed: rule files may only use the fact model (org.evsettle.rules.model),"
                    + " the settlement domain, java.math, java.time and java.util collections"));
        continue;
      }
      Matcher bad = FORBIDDEN.matcher(line);
      if (bad.find()) {
        problems.add(
            new PackProblem(
                file,
                where,
                "'"
                    + bad.group()
                    + "' is not allowed in a rule file: no I/O, network, reflection, processes, threads"
                    + " or System; use only the fact model"));
      }
    }
    if (!packageSeen) {
      problems.add(
          new PackProblem(file, "", "the file must start with 'package " + PACKAGE + ";'"));
    }
    return problems;
  }

  /** Problems of one decision-table cell (its text ends up in generated rule code). */
  public static List<PackProblem> cell(String file, String location, String text) {
    Matcher bad = FORBIDDEN.matcher(text);
    if (bad.find()) {
      return List.of(
          new PackProblem(
              file,
              location,
              "'"
                  + bad.group()
                  + "' is not allowed in a decision table: no I/O, network, reflection, processes,"
                  + " threads or System; use only the fact model"));
    }
    Matcher imp = IMPORT.matcher(text);
    if (text.startsWith("import")
        && imp.find()
        && ALLOWED_IMPORTS.stream().noneMatch(imp.group(1)::startsWith)) {
      return List.of(
          new PackProblem(file, location, "import of " + imp.group(1) + " is not allowed"));
    }
    return List.of();
  }

  /**
   * Copies the code of a line without comments and string contents; says if a block comment stays
   * open.
   */
  private static boolean stripCommentsAndStrings(
      String line, boolean inComment, StringBuilder code) {
    boolean inString = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
      if (inComment) {
        if (c == '*' && next == '/') {
          inComment = false;
          i++;
        }
      } else if (inString) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          inString = false;
          code.append('"');
        }
      } else if (c == '"') {
        inString = true;
        code.append('"');
      } else if (c == '/' && next == '/') {
        break;
      } else if (c == '/' && next == '*') {
        inComment = true;
        i++;
      } else {
        code.append(c);
      }
    }
    return inComment;
  }
}
