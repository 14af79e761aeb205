package org.evsettle.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.evsettle.rules.pack.HostilePacks.Case;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.kie.api.runtime.KieSession;

/**
 * Packs written as an attacker with edit rights would write them. Each is rejected with its file
 * and line, by the shipped compiler and by the bytecode check alone (the lexical lint switched
 * off), and nothing of it ran: no file under the output folder, no thread, no copy of the id-tag
 * key. Without the lint and the bytecode check the same packs compile and do their harm, which
 * shows the payloads are real.
 */
class HostilePackTest {

  private static final String KEY = "7f3a-installation-secret-of-the-id-tag-pseudonyms";

  @TempDir Path dir;

  static Stream<Case> cases() {
    return HostilePacks.all().stream();
  }

  static Stream<Case> casesThatRunUnchecked() {
    return cases().filter(Case::runsUnchecked);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void isRejectedWithItsFileAndLineAndDoesNothing(Case c) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path pack = pack(c, out, "hostile-");

    // the shipped compiler: the lint may speak first, and the pack is not built then
    assertThat(problemsOf(new PackCompiler(), pack))
        .anySatisfy(p -> assertThat(p).startsWith("hostile.drl line "));
    // the bytecode check alone (and the constructs refused before the build)
    assertThat(problemsOf(new PackCompiler(false, true), pack))
        .anySatisfy(
            p ->
                assertThat(p).startsWith("hostile.drl line " + c.line() + ": ").contains(c.says()));
    try (Stream<Path> written = Files.list(out)) {
      assertThat(written).as("files the pack wrote").isEmpty();
    }
    assertThat(threadsNamed("hostile-")).as("threads the pack started").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("casesThatRunUnchecked")
  void withoutTheBytecodeCheckThePayloadCompilesAndRuns(Case c) throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Path pack = pack(c, out, "unchecked-");

    // compiling fires the pack's rules outside any phase (its tables' rows are read so), which is
    // when the payloads run; a payload that fails after its harm fails that step
    try {
      CompiledPack compiled = new PackCompiler(false, false).compile(pack);
      Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> fire(compiled));
    } catch (PackRejectedException failedWhileRunning) {
      assertThat(failedWhileRunning.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.message()).contains("has a value that cannot be used"));
    }
    if (c.drl().contains("{OUT}")) {
      assertThat(eventuallyListed(out)).as("files the payload wrote").isNotEmpty();
      if (c.drl().contains("{KEY}")) {
        assertThat(Files.readString(out.resolve("key"))).contains(KEY);
      }
    }
    if (c.drl().contains("hostile-")) {
      assertThat(threadsNamed("unchecked-")).as("threads the payload started").isNotEmpty();
    }
  }

  private static List<String> problemsOf(PackCompiler compiler, Path pack) {
    PackRejectedException rejected =
        catchThrowableOfType(PackRejectedException.class, () -> compiler.compile(pack));
    assertThat(rejected).as("the pack was accepted").isNotNull();
    return rejected.problems().stream().map(PackProblem::toString).toList();
  }

  private static void fire(CompiledPack compiled) {
    KieSession session = compiled.kieBase().newKieSession();
    try {
      session.fireAllRules();
    } catch (RuntimeException afterItsHarm) {
      // the effect is what is checked
    } finally {
      session.dispose();
    }
  }

  private Path pack(Case c, Path out, String threadPrefix) throws Exception {
    Path key = dir.resolve("home/secrets/id-tag.key");
    Files.createDirectories(key.getParent());
    Files.writeString(key, KEY);
    Path pack = Files.createDirectories(dir.resolve("pack"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        String.join(
            "\n",
            "name: hostile",
            "version: \"1\"",
            "zone: Asia/Shanghai",
            "currency: CNY",
            "rounding: HALF_UP",
            "fund_id: FUND",
            "effective_from: 2024-01-01",
            ""));
    String drl =
        c.drl()
            .replace("{OUT}", out.toAbsolutePath().toString().replace('\\', '/'))
            .replace("{KEY}", key.toAbsolutePath().toString().replace('\\', '/'))
            .replace("hostile-", threadPrefix);
    Files.writeString(pack.resolve("hostile.drl"), drl, StandardCharsets.UTF_8);
    return pack;
  }

  private static List<String> threadsNamed(String prefix) {
    return Thread.getAllStackTraces().keySet().stream()
        .map(Thread::getName)
        .filter(n -> n.startsWith(prefix))
        .toList();
  }

  /** A payload on another thread may write a moment after the rules returned. */
  private static List<Path> eventuallyListed(Path out) throws Exception {
    long until = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (true) {
      try (Stream<Path> files = Files.list(out)) {
        List<Path> listed = files.toList();
        if (!listed.isEmpty() || System.nanoTime() > until) {
          return listed;
        }
      }
      Thread.onSpinWait();
    }
  }
}
