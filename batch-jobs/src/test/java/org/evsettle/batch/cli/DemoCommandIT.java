package org.evsettle.batch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The README's main command, run twice in the same home, and refused in a home it did not make. */
class DemoCommandIT {

  @TempDir Path dir;

  private static int run(ByteArrayOutputStream out, String... args) {
    PrintStream original = System.out;
    try {
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      CommandLine cli = EvsettleCommand.commandLine();
      cli.setErr(new java.io.PrintWriter(out, true));
      return cli.execute(args);
    } finally {
      System.setOut(original);
    }
  }

  @Test
  void ingestsTheSampleMonthAndCanBeRunAgain() throws Exception {
    Path home = dir.resolve("demo");
    String printed = "";
    for (int round = 1; round <= 2; round++) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      assertThat(run(out, "demo", "--home", home.toString(), "--rules", "../rules/policies"))
          .isZero();
      // 300 chargers, 9,000 sessions, 1 of the 7 hand-written late reports, 39 site ratings,
      // 141 discharges of the 47 V2G chargers and 8 discharge requests, and the file of 3 sessions
      // whose meter values CS-5 judges: 9,489 + 3 = 9,492 rows in 13 + 1 = 14 files
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains(
              "ingest: files=14 (quarantined=0, duplicate files=0) accepted=9492 corrected=0"
                  + " duplicates=0 rejected=6")
          .containsPattern(
              "submitted: beijing 2024.1 sha256=[0-9a-f]{64} by Wang Fang; to be approved by"
                  + " someone other than Wang Fang\n"
                  + "approved: beijing 2024.1 sha256=[0-9a-f]{64} by Li Na, submitted by Wang Fang;"
                  + " settle may use it\n"
                  + "settle: run 2026-10-INITIAL completed with pack beijing 2024.1, rule set"
                  + " [0-9a-f]{64}, approved by Li Na on 2026-11-01T03:00:00Z \\(submitted by"
                  + " Wang Fang\\)")
          .contains(
              "ingest: files=1 (quarantined=0, duplicate files=0) accepted=0 corrected=2"
                  + " duplicates=0 rejected=0")
          .contains("settle: run 2026-10-R1 completed")
          // the what-if of the 2027 tariff from October is compared with R1, and pays nothing
          .containsPattern(
              "whatif: 2026-10 draft beijing 2027.1 \\(rule set [0-9a-f]{64}\\) against run"
                  + " 2026-10-R1: [1-9][0-9]* records change")
          .contains(
              "comparison "
                  + home.resolve("whatif/2026-10/20261103T020000Z/comparison.xlsx")
                      .toAbsolutePath()
                      .normalize());
      printed = out.toString(StandardCharsets.UTF_8);
    }
    // the auditor workbook lists every line of R1 that the run's totals count, adjustments last
    String r1 = printed.substring(printed.indexOf("settle: run 2026-10-R1 completed"));
    long counted =
        java.util.regex.Pattern.compile("(SETTLEMENT|ADJUSTMENT) \\w+ (\\d+) lines")
            .matcher(r1)
            .results()
            .mapToLong(m -> Long.parseLong(m.group(2)))
            .sum();
    assertThat(r1).contains("ADJUSTMENT");
    try (var workbook =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            home.resolve("reports/2026-10/2026-10-R1/auditor.xlsx").toFile())) {
      var lines = workbook.getSheet("Lines");
      assertThat(workbook.getSheet("Lines 2")).isNull();
      assertThat(lines.getLastRowNum()).isEqualTo(counted);
      assertThat(lines.getRow(lines.getLastRowNum()).getCell(3).getStringCellValue())
          .isEqualTo("ADJUSTMENT");
    }
    assertThat(home.resolve("outbox/operators/OP1/receipts/sessions-late-reports.csv.receipt.json"))
        .exists();
    assertThat(home.resolve("outbox/regulator/2026-10/2026-10-R1/manifest.json"))
        .content()
        .contains(
            "\"pack_approval\" : {\n"
                + "    \"submitted_by\" : \"Wang Fang\",\n"
                + "    \"approved_by\" : \"Li Na\",\n"
                + "    \"approved_at\" : \"2026-11-01T03:00:00Z\"\n"
                + "  }");
    assertThat(home.resolve("reports/2026-10/2026-10-R1/auditor.xlsx")).exists();
    // both workbooks open on the run's key figures, the pack's approval among them
    for (String book : List.of("regulator.xlsx", "auditor.xlsx")) {
      try (var workbook =
          new org.apache.poi.xssf.usermodel.XSSFWorkbook(
              home.resolve("reports/2026-10/2026-10-R1").resolve(book).toFile())) {
        var summary = workbook.getSheetAt(workbook.getActiveSheetIndex());
        assertThat(summary.getSheetName()).isEqualTo("Summary");
        Map<String, String> figures = new java.util.HashMap<>();
        for (var row : summary) {
          if (row.getCell(1) != null) {
            figures.put(row.getCell(0).toString(), row.getCell(1).toString());
          }
        }
        assertThat(figures)
            .containsEntry("pack submitted by", "Wang Fang")
            .containsEntry("pack approved by", "Li Na on 2026-11-01T03:00:00Z (UTC)");
      }
    }
    assertThat(
            home.resolve("outbox/operators/OP1/receipts/sessions-late-reports.csv.2.receipt.json"))
        .doesNotExist();
  }

  @Test
  void aSecondDemoInAFreshHomeGivesByteIdenticalExports() throws Exception {
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    for (Path home : List.of(first, second)) {
      assertThat(
              run(
                  new ByteArrayOutputStream(),
                  "demo",
                  "--home",
                  home.toString(),
                  "--rules",
                  "../rules/policies"))
          .isZero();
    }
    List<Path> files;
    try (var walk = Files.walk(first.resolve("outbox"))) {
      files =
          walk.filter(Files::isRegularFile)
              .map(f -> first.resolve("outbox").relativize(f))
              .sorted()
              .toList();
    }
    assertThat(files).anyMatch(f -> f.toString().endsWith("2026-10-R1/lines.csv"));
    for (Path f : files) {
      assertThat(Files.readAllBytes(second.resolve("outbox").resolve(f)))
          .as(f.toString())
          .isEqualTo(Files.readAllBytes(first.resolve("outbox").resolve(f)));
    }
  }

  @Test
  void leavesAHomeItDidNotMakeAlone() throws Exception {
    Path home = Files.createDirectories(dir.resolve("production"));
    Files.writeString(home.resolve("keep.txt"), "precious");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThat(run(out, "demo", "--home", home.toString())).isNotZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("is not empty and was not made by a demo");
    assertThat(home.resolve("keep.txt")).hasContent("precious");
  }
}
