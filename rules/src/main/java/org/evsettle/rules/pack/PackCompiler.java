package org.evsettle.rules.pack;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.evsettle.rules.model.Requirement;
import org.evsettle.rules.model.SubsidyRate;
import org.evsettle.rules.model.Threshold;
import org.evsettle.rules.model.TouWindow;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Turns a pack folder into a {@link CompiledPack} or a {@link PackRejectedException} listing every
 * problem with its file and line (or sheet and row): the manifest, the lint, the Drools build, the
 * decision tables' values, and the checks of the rates and thresholds they write.
 */
public final class PackCompiler {

  /** The rule-flow group of the decision-table rows that write rates and thresholds. */
  public static final String PARAMETERS = Phases.PARAMETERS;

  private static final String TARGET = "src/main/resources/org/evsettle/policy/";
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .registerModule(new JavaTimeModule())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final boolean lint;
  private final boolean verifyCode;

  public PackCompiler() {
    this(true, true);
  }

  /**
   * Without the lint, or without the lint and the bytecode check: only for tests that show the
   * bytecode check alone rejects a hostile pack, and that the pack would do harm without both.
   */
  PackCompiler(boolean lint, boolean verifyCode) {
    this.lint = lint;
    this.verifyCode = verifyCode;
  }

  public CompiledPack compile(Path folder) {
    long started = System.nanoTime();
    PackFiles files = PackFiles.of(folder);
    List<PackProblem> problems = new ArrayList<>(files.problems());
    PackManifest manifest = manifest(folder, problems);
    Map<String, DecisionTableCells> tables = new HashMap<>();
    List<PackProblem> linted = new ArrayList<>();
    lint(files, tables, linted);
    if (lint) {
      problems.addAll(linted);
    }
    if (files.drl().isEmpty() && files.decisionTables().isEmpty()) {
      problems.add(
          new PackProblem(
              folder.getFileName().toString(),
              "",
              "the pack has no rule files (*.drl, *.drl.xlsx)"));
    }
    if (manifest == null || files.drl().isEmpty() && files.decisionTables().isEmpty()) {
      throw new PackRejectedException(folder, problems);
    }
    PackSources sources = PackSources.of(files, tables);
    problems.addAll(sources.problems());
    problems.addAll(PackConstructs.check(sources));
    if (!problems.isEmpty()) {
      // never handed to Drools' build: it loads declared types and instantiates what a pack
      // names, before the bytecode can be checked
      throw new PackRejectedException(folder, distinct(problems));
    }
    String sha256 = files.sha256();
    KieBase kieBase = build(files, manifest, sha256, sources, problems, verifyCode);
    if (!problems.isEmpty()) {
      throw new PackRejectedException(folder, distinct(problems));
    }
    PackTerms terms = PackTerms.of(manifest, problems);
    PackParameters parameters = parameters(kieBase, tables, problems);
    if (parameters != null) {
      problems.addAll(parameters.check(manifest, terms, source -> locate(source, tables)));
      if (lint) {
        problems.addAll(PackNames.check(sources, parameters));
      }
    }
    if (!problems.isEmpty()) {
      throw new PackRejectedException(folder, problems);
    }
    return new CompiledPack(
        folder,
        manifest,
        sha256,
        kieBase,
        parameters,
        terms,
        sources.fileOfRule(),
        (System.nanoTime() - started) / 1_000_000);
  }

  private static List<PackProblem> distinct(List<PackProblem> problems) {
    return List.copyOf(new java.util.LinkedHashSet<>(problems));
  }

  /** Reads a pack's manifest alone, e.g. to choose among versions; problems are thrown. */
  public static PackManifest readManifest(Path folder) {
    List<PackProblem> problems = new ArrayList<>();
    PackManifest manifest = manifest(folder, problems);
    if (!problems.isEmpty()) {
      throw new PackRejectedException(folder, problems);
    }
    return manifest;
  }

  /** The manifest over those of the packs it extends, checked once they are merged. */
  private static PackManifest manifest(Path folder, List<PackProblem> problems) {
    List<Path> folders = PackLineage.of(folder).folders();
    PackManifest merged = null;
    for (int i = folders.size() - 1; i >= 0; i--) {
      String label = i == 0 ? "pack.yaml" : folders.get(i).getFileName() + "/pack.yaml";
      PackManifest own = parse(folders.get(i).resolve("pack.yaml"), label, problems);
      if (own == null) {
        return null;
      }
      merged = merged == null ? own : own.over(merged);
    }
    return check(merged, problems);
  }

  private static PackManifest parse(Path file, String label, List<PackProblem> problems) {
    if (!Files.isRegularFile(file)) {
      problems.add(new PackProblem(label, "", "the pack has no pack.yaml"));
      return null;
    }
    try {
      return YAML.readValue(file.toFile(), PackManifest.class);
    } catch (JsonProcessingException e) {
      problems.add(
          new PackProblem(label, "line " + e.getLocation().getLineNr(), e.getOriginalMessage()));
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static PackManifest check(PackManifest m, List<PackProblem> problems) {
    require(m.name() != null, "name", problems);
    require(m.version() != null, "version", problems);
    require(m.zone() != null, "zone", problems);
    require(m.currency() != null, "currency", problems);
    require(m.rounding() != null, "rounding", problems);
    require(m.effectiveFrom() != null, "effective_from", problems);
    if (m.lookBackDays() != null && (m.lookBackDays() < 0 || m.lookBackDays() > 366)) {
      problems.add(
          new PackProblem(
              "pack.yaml",
              "",
              "look_back_days is "
                  + m.lookBackDays()
                  + ": it must be a number of days from 0 to 366"));
    }
    if (problems.isEmpty()) {
      try {
        m.zoneId();
        m.currencyUnit();
        m.roundingMode();
        m.windowZone();
      } catch (RuntimeException e) {
        problems.add(
            new PackProblem(
                "pack.yaml",
                "",
                "zone, currency, rounding or window_time is not valid: " + e.getMessage()));
      }
    }
    return m;
  }

  private static void require(boolean present, String key, List<PackProblem> problems) {
    if (!present) {
      problems.add(new PackProblem("pack.yaml", "", "'" + key + "' is missing"));
    }
  }

  private static void lint(
      PackFiles files, Map<String, DecisionTableCells> tables, List<PackProblem> problems) {
    try {
      for (Path drl : files.drl()) {
        problems.addAll(
            PackLint.drl(
                drl.getFileName().toString(), Files.readString(drl, StandardCharsets.UTF_8)));
      }
      for (Path xlsx : files.decisionTables()) {
        try {
          DecisionTableCells cells = DecisionTableCells.read(xlsx);
          tables.put(xlsx.getFileName().toString(), cells);
          problems.addAll(cells.lint());
        } catch (IOException | RuntimeException e) {
          problems.add(
              new PackProblem(
                  xlsx.getFileName().toString(),
                  "",
                  "cannot be read as a spreadsheet: " + e.getMessage()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Compiles the pack with Drools' executable model, so that every constraint, consequence,
   * function and declared type becomes bytecode, and checks that bytecode against the allow-list
   * before any of it is loaded: a pack that fails is never turned into a rule base.
   */
  private static KieBase build(
      PackFiles files,
      PackManifest manifest,
      String sha256,
      PackSources sources,
      List<PackProblem> problems,
      boolean verifyCode) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    var releaseId =
        ks.newReleaseId("org.evsettle.policy", manifest.name(), "1-" + sha256.substring(0, 16));
    kfs.generateAndWritePomXML(releaseId);
    for (Path file : files.drl()) {
      kfs.write(
          ks.getResources()
              .newFileSystemResource(file.toFile())
              .setTargetPath(TARGET + file.getFileName()));
    }
    for (Path file : files.decisionTables()) {
      kfs.write(
          ks.getResources()
              .newFileSystemResource(file.toFile())
              .setTargetPath(TARGET + file.getFileName()));
    }
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
    } catch (RuntimeException | LinkageError e) {
      problems.add(
          new PackProblem(
              files.folder().getFileName().toString(), "", "the pack could not be built: " + e));
      return null;
    }
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    for (Message m : errors) {
      problems.add(BuildMessages.problem(m, sources));
    }
    if (!errors.isEmpty()) {
      return null;
    }
    if (verifyCode) {
      problems.addAll(RuleCodeCheck.check(builder.getKieModule(), sources));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return ks.newKieContainer(releaseId).getKieBase();
  }

  private static PackParameters parameters(
      KieBase kieBase, Map<String, DecisionTableCells> tables, List<PackProblem> problems) {
    KieSession session = kieBase.newKieSession();
    try {
      var group = session.getAgenda().getAgendaGroup(PARAMETERS);
      if (group != null) {
        group.setFocus();
      }
      session.fireAllRules();
      List<TouWindow> windows = new ArrayList<>();
      List<Threshold> thresholds = new ArrayList<>();
      List<SubsidyRate> rates = new ArrayList<>();
      List<Requirement> requirements = new ArrayList<>();
      // by exact class: a subtype would carry fields of its own past the freeze into every session
      for (Object fact : session.getObjects()) {
        Class<?> type = fact.getClass();
        if (type == TouWindow.class) {
          windows.add((TouWindow) fact);
        } else if (type == Threshold.class) {
          thresholds.add((Threshold) fact);
        } else if (type == SubsidyRate.class) {
          rates.add((SubsidyRate) fact);
        } else if (type == Requirement.class) {
          requirements.add((Requirement) fact);
        }
      }
      windows.sort(java.util.Comparator.comparing(TouWindow::getSource));
      thresholds.sort(java.util.Comparator.comparing(Threshold::getName));
      rates.sort(java.util.Comparator.comparing(SubsidyRate::getGrade));
      requirements.sort(java.util.Comparator.comparing(Requirement::getId));
      return new PackParameters(windows, thresholds, rates, requirements);
    } catch (ConsequenceException e) {
      String rule = e.getMatch().getRule().getName();
      PackProblem at = locate(rule, tables);
      Throwable cause = e.getCause() == null ? e : e.getCause();
      problems.add(
          new PackProblem(
              at.file(),
              at.location(),
              "the row '" + rule + "' has a value that cannot be used: " + cause.getMessage()));
      return null;
    } finally {
      session.dispose();
    }
  }

  private static PackProblem locate(String ruleName, Map<String, DecisionTableCells> tables) {
    for (var e : tables.entrySet()) {
      String row = e.getValue().rowOf(ruleName);
      if (!row.isEmpty()) {
        return new PackProblem(e.getKey(), row, "");
      }
    }
    return new PackProblem("decision tables", "row '" + ruleName + "'", "");
  }
}
