package org.evsettle.rules.pack;

import java.util.List;

/**
 * Rule files an attacker with edit rights to a pack would write, one technique each. Every payload
 * tries a side effect a test can see: a file written under {OUT} (with the installation's id-tag
 * key in it, read from {KEY}, where the technique reads), or a thread named "hostile-..." left
 * running. Each case says the file and line the rejection must name and the words it must use.
 */
final class HostilePacks {

  /** One hostile pack: its DRL, the line it must be rejected at, and what the message says. */
  record Case(String name, String drl, int line, String says, boolean runsUnchecked) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String HEAD =
      "package org.evsettle.policy;\nimport org.evsettle.rules.model.*;\n\n";

  /** A rule at line 4 whose consequence is the payload. */
  private static Case consequence(String name, String payload, String says) {
    return new Case(
        name,
        HEAD + "rule \"" + name + "\"\nwhen\nthen\n    " + payload + "\nend\n",
        4,
        says,
        true);
  }

  private static Case raw(String name, String drl, int line, String says) {
    return new Case(name, drl, line, says, true);
  }

  private static Case at(int line, Case c) {
    return new Case(c.name(), c.drl(), line, c.says(), c.runsUnchecked());
  }

  private static Case notRun(Case c) {
    return new Case(c.name(), c.drl(), c.line(), c.says(), false);
  }

  static final String WRITE =
      "java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\");";
  static final String MKDIR = "new java.io.File(\"{OUT}/written\").mkdir()";
  static final String STEAL =
      "java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/key\"),"
          + " java.nio.file.Files.readString(java.nio.file.Path.of(\"{KEY}\")));";

  static List<Case> all() {
    return List.of(
        consequence("files-qualified", WRITE, "may not use java.nio.file.Files"),
        // the fact model offers a session's OCPI figures (SessionFact.getOcpi); the OCPI reader
        // and pricer behind them stay out of reach (OcpiJson also reads files)
        notRun(
            consequence(
                "ocpi-reader-called-directly",
                "org.evsettle.settlement.ocpi.OcpiJson.parseTariff(\"{}\", \"x\");",
                "may not use org.evsettle.settlement.ocpi.OcpiJson")),
        notRun(
            consequence(
                "ocpi-pricer-made-by-a-rule",
                "new org.evsettle.settlement.ocpi.OcpiPricer(java.time.ZoneOffset.UTC);",
                "may not use org.evsettle.settlement.ocpi.OcpiPricer")),
        consequence("key-read", STEAL, "may not use java.nio.file.Files"),
        raw(
            "files-imported",
            "package org.evsettle.policy;\nimport java.nio.file.*;\n\nrule \"files-imported\"\nwhen\nthen\n"
                + "    Files.writeString(Path.of(\"{OUT}/written\"), \"x\");\nend\n",
            4,
            "may not use java.nio.file.Files"),
        raw(
            "import-split-over-lines",
            "package org.evsettle.policy;\nimport java.nio\n    .file.Files;\nrule \"import-split-over-lines\"\n"
                + "when\nthen\n    Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\");\nend\n",
            4,
            "may not use java.nio.file.Files"),
        consequence(
            "whitespace-in-name",
            "java . nio . file . Files . writeString(java . nio . file . Path . of(\"{OUT}/written\"), \"x\");",
            "may not use java.nio.file.Files"),
        consequence(
            "block-comment-in-name",
            "java.nio.file./**/Files/**/.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\");",
            "may not use java.nio.file.Files"),
        consequence(
            "unicode-escaped-name",
            "java.nio.file.\\u0046iles.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\");",
            "may not use java.nio.file.Files"),
        consequence(
            "unicode-newline-ends-comment",
            "// a note \\u000a java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\");",
            "may not use java.nio.file.Files"),
        // the consequence parser reads no escapes outside strings: rejected as not Java
        notRun(
            consequence(
                "unicode-quote-opens-string",
                "String s = \\u0022{OUT}/written\"; java.nio.file.Files.writeString(java.nio.file.Path.of(s), s);"
                    + " String t = \"\\u0022;",
                "Unable to parse consequence")),
        consequence(
            "char-literal-quote",
            "char c = '\"'; java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"\" + c); String t = \"\\\"\";",
            "may not use java.nio.file.Files"),
        // the DRL parser reads no text blocks: rejected where the file stops making sense
        notRun(
            at(
                11,
                consequence(
                    "text-block",
                    "String t = \"\"\"\n      \" System\n      \"\"\"; java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), t);",
                    "mismatched input"))),
        raw(
            "single-quoted-drl-string",
            HEAD
                + "rule \"single-quoted-drl-string\"\nwhen\n    $s : Object() from '\"'    eval("
                + MKDIR
                + ")\nthen\nend\n",
            4,
            "may not use java.io.File"),
        raw(
            "function-block",
            HEAD
                + "function void leak(String where) {\n    new java.io.File(where).mkdir();\n}\n"
                + "rule \"function-block\"\nwhen\nthen\n    leak(\"{OUT}/written\");\nend\n",
            4,
            "may not use java.io.File"),
        raw(
            "import-function",
            "package org.evsettle.policy;\nimport function java.lang.Runtime.getRuntime;\n\n"
                + "rule \"import-function\"\nwhen\nthen\n    getRuntime().exec(new String[] {\"touch\", \"{OUT}/written\"}).waitFor();\nend\n",
            4,
            "may not use java.lang.Runtime"),
        raw(
            "declared-type-initialiser",
            HEAD
                + "declare Evil\n    made : Object = "
                + MKDIR
                + "\nend\n"
                + "rule \"declared-type-initialiser\"\nwhen\nthen\n    insert(new Evil());\nend\n",
            4,
            "may not use java.io.File"),
        raw(
            "global-of-unlisted-type",
            HEAD
                + "global java.io.File out;\n"
                + "rule \"global-of-unlisted-type\"\nwhen\nthen\n    out.createNewFile();\nend\n",
            4,
            "may not use java.io.File"),
        notRun(
            raw(
                "inline-accumulate-code",
                HEAD
                    + "rule \"inline-accumulate-code\"\nwhen\n    Number() from accumulate(String(),\n"
                    + "        init(int n = 0; "
                    + MKDIR
                    + ";)\n        action(n++;)\n        result(n))\nthen\nend\n",
                6,
                "inline accumulate code")),
        notRun(
            raw(
                "mvel-dialect",
                HEAD
                    + "rule \"mvel-dialect\"\n    dialect \"mvel\"\nwhen\nthen\n    java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\");\nend\n",
                5,
                "the dialect must be java")),
        notRun(
            raw(
                "mvel-dialect-for-the-package",
                "package org.evsettle.policy;\ndialect \"mvel\"\nimport org.evsettle.rules.model.*;\n"
                    + "rule \"mvel-dialect-for-the-package\"\nwhen\nthen\n    java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\");\nend\n",
                2,
                "the dialect must be java")),
        raw(
            "eval-condition",
            HEAD + "rule \"eval-condition\"\nwhen\n    eval(" + MKDIR + ")\nthen\nend\n",
            4,
            "may not use java.io.File"),
        raw(
            "from-static-method",
            HEAD
                + "rule \"from-static-method\"\nwhen\n    $made : Boolean() from java.nio.file.Path.of(\"{OUT}/written\").toFile().mkdir()\n"
                + "then\nend\n",
            4,
            "may not use java.nio.file.Path"),
        raw(
            "constraint-calls-static-method",
            HEAD
                + "rule \"constraint-calls-static-method\"\nwhen\n    String(java.nio.file.Path.of(\"{OUT}/written\").toFile().mkdir()) from \"a\"\nthen\nend\n",
            4,
            "may not use java.nio.file.Path"),
        notRun(
            raw(
                "dynamic-salience",
                HEAD
                    + "rule \"dynamic-salience\"\n    salience (java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\") == null ? 1 : 2)\nwhen\nthen\nend\n",
                5,
                "salience must be a whole number")),
        notRun(
            raw(
                "timer-expression",
                HEAD
                    + "rule \"timer-expression\"\n    timer (int: 0s)\nwhen\nthen\n    "
                    + WRITE
                    + "\nend\n",
                5,
                "may not use 'timer'")),
        raw(
            "query-constraint",
            HEAD
                + "query leaks()\n    String(java.nio.file.Path.of(\"{OUT}/written\").toFile().mkdir()) from \"a\"\nend\n"
                + "rule \"runs the query\"\nwhen\n    leaks()\nthen\nend\n",
            5,
            "may not use java.nio.file.Path"),
        consequence(
            "reflection-without-the-word",
            "insert(\"\".getClass().getClassLoader().loadClass(\"java.lang.Runtime\"));",
            "may not use java.lang.Object.getClass"),
        consequence("class-literal", "insert(java.io.File.class);", "may not use java.io.File"),
        notRun(
            consequence(
                "system-exit-by-reflection",
                "Class.forName(\"java.lang.System\").getMethod(\"exit\", int.class).invoke(null, 0);",
                "may not use java.lang.Class.forName")),
        consequence(
            "formatter",
            "new java.util.Formatter(\"{OUT}/written\").format(\"x\").close();",
            "may not use java.util.Formatter"),
        consequence(
            "logging-file-handler",
            "new java.util.logging.FileHandler(\"{OUT}/written\").close();",
            "may not use java.util.logging.FileHandler"),
        consequence(
            "xml-transformer",
            "javax.xml.transform.TransformerFactory.newInstance().newTransformer().transform("
                + "new javax.xml.transform.stream.StreamSource(new java.io.StringReader(\"<a/>\")),"
                + " new javax.xml.transform.stream.StreamResult(new java.io.File(\"{OUT}/written\")));",
            "may not use javax.xml.transform.TransformerFactory"),
        consequence(
            "url-reads-the-key",
            "byte[] key = new java.net.URL(\"file:{KEY}\").openStream().readAllBytes();"
                + " java.nio.file.Files.write(java.nio.file.Path.of(\"{OUT}/key\"), key);",
            "may not use java.net.URL"),
        consequence(
            "jdbc-to-a-new-h2-file",
            "java.sql.DriverManager.getConnection(\"jdbc:h2:{OUT}/written\").close();",
            "may not use java.sql.DriverManager"),
        consequence(
            "spring-resource-reads-the-key",
            "byte[] key = new org.springframework.core.io.UrlResource(\"file:{KEY}\").getContentAsByteArray();"
                + " new java.io.FileOutputStream(\"{OUT}/key\").write(key);",
            "may not use org.springframework.core.io.UrlResource"),
        consequence(
            "timer-thread",
            "new java.util.Timer(\"hostile-timer\", true);",
            "may not use java.util.Timer"),
        consequence(
            "thread-by-method-reference",
            "Thread t = new Thread(java.util.concurrent.locks.LockSupport::park, \"hostile-thread\");"
                + " t.setDaemon(true); t.start();",
            "may not use java.lang.Thread"),
        consequence(
            "executor",
            "java.util.concurrent.Executors.newCachedThreadPool().submit(() -> "
                + "java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), \"x\"));",
            "may not use java.util.concurrent.Executors"),
        consequence(
            "completable-future",
            "java.util.concurrent.CompletableFuture.runAsync(java.util.concurrent.locks.LockSupport::park);",
            "may not use java.util.concurrent.CompletableFuture"),
        consequence(
            "parallel-stream",
            "long n = java.util.List.of(1, 2, 3, 4).parallelStream().map(i -> i + 1).count();",
            "may not use java.util.List.parallelStream"),
        consequence(
            "process-builder",
            "new ProcessBuilder(\"touch\", \"{OUT}/written\").start().waitFor();",
            "may not use java.lang.ProcessBuilder"),
        consequence(
            "runtime-exec",
            "Runtime.getRuntime().exec(new String[] {\"touch\", \"{OUT}/written\"}).waitFor();",
            "may not use java.lang.Runtime"),
        consequence(
            "file-output-stream",
            "new java.io.FileOutputStream(\"{OUT}/written\").close();",
            "may not use java.io.FileOutputStream"),
        consequence(
            "object-output-stream",
            "new java.io.ObjectOutputStream(new java.io.FileOutputStream(\"{OUT}/written\")).writeObject(\"x\");",
            "may not use java.io.ObjectOutputStream"),
        consequence(
            "method-handles",
            "try { java.lang.invoke.MethodHandles.lookup().findStatic(java.nio.file.Files.class, \"writeString\","
                + " java.lang.invoke.MethodType.methodType(java.nio.file.Path.class, java.nio.file.Path.class,"
                + " CharSequence.class, java.nio.file.OpenOption[].class)).invoke(java.nio.file.Path.of(\"{OUT}/written\"),"
                + " \"x\", new java.nio.file.OpenOption[0]); } catch (Throwable t) { }",
            "may not use java.lang.invoke.MethodHandles"),
        consequence(
            "context-class-loader",
            "Thread.currentThread().getContextClassLoader().loadClass(\"java.nio.file.Files\");",
            "may not use java.lang.Thread"),
        consequence(
            "system-property-into-a-file",
            "java.nio.file.Files.writeString(java.nio.file.Path.of(\"{OUT}/written\"), System.getProperty(\"user.home\"));",
            "may not use java.lang.System.getProperty"),
        consequence(
            "integer-reads-system-properties",
            "Integer leak = Integer.getInteger(\"user.home\");",
            "may not use java.lang.Integer.getInteger"),
        consequence(
            "script-engine",
            "new javax.script.ScriptEngineManager().getEngineByName(\"js\");",
            "may not use javax.script.ScriptEngineManager"),
        consequence(
            "catch-reveals-a-type",
            "try { " + WRITE + " } catch (java.io.IOException e) { }",
            "may not use java.nio.file.Files"),
        consequence(
            "clock-reads-now",
            "Object now = java.time.Instant.now();",
            "may not use java.time.Instant.now"),
        raw(
            "declared-type-reaches-get-class",
            HEAD
                + "declare Note\nend\n"
                + "rule \"declared-type-reaches-get-class\"\nwhen\nthen\n"
                + "    insert(new Note().getClass().getClassLoader());\nend\n",
            6,
            "may not use java.lang.Object.getClass"),
        consequence(
            "knowledge-helper-runtime",
            "insert(drools.getKieRuntime().getKieBase());",
            "may not use org.drools.core.rule.consequence.KnowledgeHelper.getKieRuntime"),
        notRun(
            raw(
                "type-declared-as-drools-own-class",
                HEAD
                    + "declare org.drools.project.model.ProjectModelNote\n    made : Object = "
                    + MKDIR
                    + "\nend\n"
                    + "rule \"type-declared-as-drools-own-class\"\nwhen\nthen\n"
                    + "    insert(new org.drools.project.model.ProjectModelNote());\nend\n",
                4,
                "must be declared in the pack's package")),
        notRun(
            raw(
                "enum-declared-as-drools-own-class",
                HEAD
                    + "declare enum org.drools.project.model.ProjectModelKind\n    A, B;\nend\n"
                    + "rule \"enum-declared-as-drools-own-class\"\nwhen\nthen\nend\n",
                4,
                "rule files may not declare enums")),
        // Drools initialises a declared enum while it builds, constants' arguments and all
        notRun(
            raw(
                "enum-constant-runs-while-building",
                HEAD
                    + "declare enum Pwn\n    A("
                    + MKDIR
                    + ");\n    made : Object\nend\n"
                    + "rule \"enum-constant-runs-while-building\"\nwhen\nthen\nend\n",
                4,
                "rule files may not declare enums")),
        notRun(
            raw(
                "enum-keeps-state-across-sessions",
                HEAD
                    + "declare enum Memory\n    A(0);\n    n : int\nend\n"
                    + "function int bump() { Memory.A.n = Memory.A.n + 1; return Memory.A.n; }\n"
                    + "rule \"enum-keeps-state-across-sessions\"\nwhen\nthen\n    insert(\"seen \" + bump());\nend\n",
                4,
                "rule files may not declare enums")),
        raw(
            "local-class-keeps-state-across-sessions",
            HEAD
                + "function int bump() { class Store { static int seen = 0; } Store.seen = Store.seen + 1;"
                + " return Store.seen; }\n"
                + "rule \"local-class-keeps-state-across-sessions\"\nwhen\nthen\n    insert(\"seen \" + bump());\nend\n",
            4,
            "may not declare classes inside rule code"),
        consequence(
            "anonymous-class",
            "insert(new Object() { public String toString() { return String.valueOf("
                + MKDIR
                + "); } }.toString());",
            "may not declare classes inside rule code"),
        consequence(
            "denied-member-through-a-subclass",
            "insert(\"zone \" + java.time.ZoneOffset.systemDefault());",
            "may not use java.time.ZoneOffset.systemDefault"),
        consequence(
            "jvm-wide-array-of-drools",
            "org.drools.model.Query0Def.QUERIES_BY_ARITY[1] = org.drools.model.Query0Def.QUERIES_BY_ARITY[0];",
            "may not use org.drools.model.Query0Def.QUERIES_BY_ARITY"),
        consequence(
            "jvm-wide-singleton-of-drools",
            "org.drools.model.functions.PredicateInformation.EMPTY_PREDICATE_INFORMATION.addRuleNames(\"x\");",
            "may not use org.drools.model.functions.PredicateInformation.EMPTY_PREDICATE_INFORMATION"),
        consequence(
            "spring-expression-language",
            "new org.springframework.expression.spel.standard.SpelExpressionParser()"
                + ".parseExpression(\"T(java.lang.System).getProperty('user.home')\").getValue();",
            "may not use org.springframework.expression.spel.standard.SpelExpressionParser"),
        raw(
            "collected-list-changed",
            HEAD
                + "rule \"collected-list-changed\"\nwhen\n    $all : java.util.List() from collect(String())\n"
                + "then\n    $all.add(\"kept for the next rule\");\nend\n",
            4,
            "may not use java.util.List.add"),
        // Drools evaluates a rule's metadata as MVEL while it builds; a value that then fails is
        // kept
        // as a string, so the bytecode would show nothing
        notRun(
            raw(
                "rule-metadata-evaluated-while-building",
                HEAD
                    + "rule \"rule-metadata-evaluated-while-building\"\n"
                    + "    @note(org.mvel2.MVEL.eval(\"new java.io.File('{OUT}/written').mkdir()\") + undefined)\n"
                    + "when\nthen\nend\n",
                4,
                "rules may not carry metadata")),
        // Drools makes an instance of an imported accumulate function while it builds
        notRun(
            raw(
                "accumulate-import-instantiated-while-building",
                "package org.evsettle.policy;\nimport accumulate java.util.logging.FileHandler handler\n"
                    + "rule \"accumulate-import-instantiated-while-building\"\nwhen\nthen\nend\n",
                2,
                "may not import accumulate functions")),
        notRun(
            raw(
                "declared-subtype-of-a-parameter",
                HEAD
                    + "declare Memo extends SubsidyRate\n    seen : int\nend\n"
                    + "rule \"declared-subtype-of-a-parameter\"\n    ruleflow-group \"parameters\"\nwhen\nthen\n"
                    + "    insert(new Memo());\nend\n",
                4,
                "may only extend a type the pack declares, not SubsidyRate")),
        // Drools copies @serialVersionUID's value into the type's static initialiser, and
        // initialises declared types while it builds
        notRun(
            raw(
                "serial-version-uid-runs-while-building",
                HEAD
                    + "declare Foo\n    @serialVersionUID(org.mvel2.MVEL.eval(\"new java.io.File('{OUT}/written').mkdir()\")"
                    + " == null ? 1L : 2L)\n    n : int\nend\n"
                    + "rule \"serial-version-uid-runs-while-building\"\nwhen\nthen\nend\n",
                4,
                "declared types may carry no annotation but @position(n), not @serialVersionUID")),
        // an event's @timestamp or @duration that is not a field name is MVEL, evaluated on every
        // insert: the bytecode holds it only as an annotation's text
        notRun(
            raw(
                "event-timestamp-evaluated-on-insert",
                HEAD
                    + "declare Ev\n    @role(event)\n    @timestamp(org.mvel2.MVEL.eval(\"new java.io.File('{OUT}/written').mkdir()\")"
                    + " == true ? 1L : 2L)\n    n : int\nend\n"
                    + "rule \"event-timestamp-evaluated-on-insert\"\nwhen\nthen\n    insert(new Ev(1));\nend\n",
                4,
                "not @timestamp")),
        notRun(
            raw(
                "event-duration-evaluated-on-insert",
                HEAD
                    + "declare Ev\n    @role(event)\n    @duration(org.mvel2.MVEL.eval(\"new java.io.File('{OUT}/written').mkdir()\")"
                    + " == true ? 1L : 2L)\n    n : int\nend\n"
                    + "rule \"event-duration-evaluated-on-insert\"\nwhen\nthen\n    insert(new Ev(1));\nend\n",
                4,
                "not @duration")),
        notRun(
            raw(
                "field-annotation",
                HEAD
                    + "declare Note\n    text : String @foo(org.mvel2.MVEL.eval(\"1\"))\nend\n"
                    + "rule \"field-annotation\"\nwhen\nthen\nend\n",
                5,
                "not @foo (on Note.text)")),
        consequence(
            "drools-runtime-through-the-context",
            "((org.kie.api.runtime.KieSession) drools.getRuntime(org.kie.api.runtime.KieSession.class)).getKieBase();",
            "may not use org.drools.model.Drools.getRuntime"));
  }

  private HostilePacks() {}
}
