package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Maker-checker through the command line: settle refuses a pack until someone other than its author
 * approved the rule set it would use, and refuses it again once it is edited, until the edit too is
 * submitted and approved. Every refusal is one line that says who must do what.
 */
class PackApprovalIT {

  private static final Pattern SUBMITTED =
      Pattern.compile(
          "submitted: beijing 2024\\.1 sha256=([0-9a-f]{64}) by Wang Fang; to be approved by"
              + " someone other than Wang Fang");

  @TempDir Path dir;
  private Path home;
  private Path pack;

  @BeforeEach
  void aMonthIngestedAndACopyOfTheBeijingPack() throws IOException {
    home = dir.resolve("home");
    Cli.run(
        0,
        "generate",
        "--home",
        home.toString(),
        "--sessions",
        "300",
        "--operators",
        "1",
        "--period",
        "2026-10");
    Cli.run(0, "ingest", "--home", home.toString());
    pack = Cli.copy(Path.of("../rules/policies/beijing"), dir.resolve("rules/beijing"));
  }

  private String settle(int status) {
    return Cli.run(
        status,
        "settle",
        "--home",
        home.toString(),
        "--period",
        "2026-10",
        "--rules",
        pack.getParent().toString());
  }

  private String rules(int status, String command, String by) {
    return Cli.run(
        status, "rules", command, pack.toString(), "--by", by, "--home", home.toString());
  }

  @Test
  void settleRefusesAnUnapprovedPackAndUsesItOnceAnotherPersonApprovedIt() {
    String submitIt = "(evsettle rules submit " + pack + " --by NAME)";
    assertThat(settle(1))
        .containsPattern(
            "settle: pack beijing 2024\\.1 \\(sha256 [0-9a-f]{12}\\.\\.\\.\\) is not approved: submit"
                + " it "
                + Pattern.quote(submitIt)
                + " and have another person approve it");
    assertThat(rules(1, "approve", "Li Na"))
        .containsPattern(
            "approve: pack beijing 2024\\.1 \\(sha256 [0-9a-f]{12}\\.\\.\\.\\) was not submitted:"
                + " evsettle rules submit "
                + Pattern.quote(pack.toString())
                + " --by NAME first");

    Matcher submitted = SUBMITTED.matcher(rules(0, "submit", "Wang Fang"));
    assertThat(submitted.find()).isTrue();
    String sha = submitted.group(1);
    String shown = "beijing 2024.1 (sha256 " + sha.substring(0, 12) + "...)";
    assertThat(settle(1))
        .contains("settle: pack " + shown + " submitted by Wang Fang on ")
        .contains(
            " awaits approval by someone other than Wang Fang: evsettle rules approve "
                + pack
                + " --by NAME");

    // the author, however they spell their name, cannot approve their own pack
    for (String author : new String[] {"Wang Fang", "  wang   FANG "}) {
      assertThat(rules(1, "approve", author))
          .contains(
              "approve: an author cannot approve their own pack: "
                  + shown
                  + " was submitted by Wang Fang; someone else must approve it");
    }
    assertThat(rules(0, "approve", "Li Na"))
        .contains(
            "approved: beijing 2024.1 sha256="
                + sha
                + " by Li Na, submitted by Wang Fang; settle may use it");
    assertThat(rules(1, "approve", "Zhao Lei"))
        .contains("approve: pack " + shown + " is already approved, by Li Na on ");
    assertThat(rules(0, "submit", "Zhao Lei"))
        .contains("already submitted: beijing 2024.1 sha256=" + sha + " by Wang Fang on ")
        .contains("; approved by Li Na on ");

    // the refused settles wrote no run: the first that settles is INITIAL, and it names its
    // approval
    assertThat(settle(0))
        .containsPattern(
            "settle: run 2026-10-INITIAL completed with pack beijing 2024\\.1, rule set "
                + sha
                + ", approved by Li Na on \\S+Z \\(submitted by Wang Fang\\)");
    assertThat(home.resolve("outbox/operators/OP1/2026-10/2026-10-INITIAL/manifest.json"))
        .content()
        .contains("\"submitted_by\" : \"Wang Fang\"")
        .contains("\"approved_by\" : \"Li Na\"");
  }

  @Test
  void aPackEditedAfterApprovalIsRefusedUntilTheEditIsApproved() throws IOException {
    Cli.approve(home, pack);
    String approvedSha = Cli.run(0, "rules", "check", pack.toString()).split("rule set ")[1];
    approvedSha = approvedSha.substring(0, 64);

    // an edit that changes no amount still changes the rule set the approvers saw
    Path drl = pack.resolve("price-energy.drl");
    Files.writeString(drl, Files.readString(drl) + "\n// reviewed for the 2026 tariff round\n");
    assertThat(settle(1))
        .containsPattern(
            "settle: pack beijing 2024\\.1 \\(sha256 [0-9a-f]{12}\\.\\.\\.\\) was edited after"
                + " approval \\(sha256 "
                + approvedSha.substring(0, 12)
                + "\\.\\.\\. was approved by Li Na on \\S+Z\\): submit it \\(evsettle rules submit "
                + Pattern.quote(pack.toString())
                + " --by NAME\\) and have another person approve it");

    Cli.approve(home, pack);
    String settled = settle(0);
    assertThat(settled)
        .contains("settle: run 2026-10-INITIAL completed")
        .contains(", approved by Li Na on ")
        .doesNotContain(approvedSha);
  }

  @Test
  void aPackThatFailsItsChecksIsNotSubmitted() throws IOException {
    Path drl = pack.resolve("withhold-subsidy.drl");
    Files.writeString(
        drl,
        Files.readString(drl)
            .replace("import java.util.List;", "import java.util.List;\nimport java.net.Socket;"));

    assertThat(rules(1, "submit", "Wang Fang"))
        .contains("rules submit: " + pack + " FAILED its checks; nothing was submitted")
        .contains("withhold-subsidy.drl line 10: import of java.net.Socket is not allowed");
    assertThat(rules(1, "approve", "Li Na")).contains("was not submitted");
  }
}
