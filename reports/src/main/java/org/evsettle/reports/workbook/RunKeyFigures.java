package org.evsettle.reports.workbook;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evsettle.settlement.ledger.RunReportData;
import org.evsettle.settlement.ledger.SettlementRun;

/**
 * The key figures of a run that both workbooks open on: what was settled (period, run, pack and
 * rule set, when), what it came to (amounts per component, sessions, subsidies, lines) and what was
 * found (violations). A caller may add its own figures to the list before the workbooks are
 * written.
 */
public final class RunKeyFigures {

  private RunKeyFigures() {}

  /**
   * The run's figures; {@code lineCount} and {@code violations} as the ledger counts them, amounts
   * in their currency ({@code currency}, the pack's, for the subsidies).
   */
  public static List<KeyFigure> of(
      SettlementRun run, Currency currency, RunReportData data, long lineCount, long violations) {
    long id = run.id();
    List<KeyFigure> figures = new ArrayList<>();
    figures.add(KeyFigure.text("period", run.period()));
    figures.add(KeyFigure.text("run", run.runId()));
    figures.add(KeyFigure.text("run type", run.type()));
    figures.add(KeyFigure.text("pack", run.packName() + " " + run.packVersion()));
    figures.add(KeyFigure.text("rule set SHA-256", run.rulesetSha256()));
    // runs opened before packs were approved have no approval to show
    var approval = run.approval();
    figures.add(
        KeyFigure.text(
            "pack submitted by", approval == null ? "not recorded" : approval.submittedBy()));
    figures.add(
        KeyFigure.text(
            "pack approved by",
            approval == null
                ? "not recorded"
                : approval.approvedBy() + " on " + approval.approvedAt() + " (UTC)"));
    Map<String, Object> times = data.runTimes(id);
    figures.add(KeyFigure.text("created (UTC)", utc(Sheets.get(times, "created_at"))));
    figures.add(KeyFigure.text("completed (UTC)", utc(Sheets.get(times, "completed_at"))));
    for (Map<String, Object> total : data.totalsByComponent(id)) {
      figures.add(
          KeyFigure.amount(
              Sheets.get(total, "component")
                  + ", "
                  + Sheets.get(total, "kind").toString().toLowerCase(Locale.ROOT)
                  + " lines",
              (BigDecimal) Sheets.get(total, "amount"),
              Currency.getInstance(Sheets.get(total, "currency").toString())));
    }
    figures.add(KeyFigure.count("sessions settled", data.sessionsSettled(id)));
    BigDecimal paid = BigDecimal.ZERO;
    BigDecimal withheld = BigDecimal.ZERO;
    for (Map<String, Object> s : data.subsidies(id)) {
      paid = paid.add((BigDecimal) Sheets.get(s, "subsidy"));
      withheld = withheld.add((BigDecimal) Sheets.get(s, "withheld"));
    }
    figures.add(KeyFigure.amount("subsidies paid", paid, currency));
    figures.add(KeyFigure.amount("subsidies withheld", withheld, currency));
    BigDecimal capped = BigDecimal.ZERO;
    long notSubsidised = 0;
    for (Map<String, Object> m : data.operatorMeasures(id)) {
      Object measure = Sheets.get(m, "measure");
      BigDecimal measured = (BigDecimal) Sheets.get(m, "measured");
      if (SubsidiesSheet.CAPPED.equals(measure)) {
        capped = capped.add(measured);
      } else if (SubsidiesSheet.NOT_SUBSIDISED.equals(measure)) {
        notSubsidised += measured.longValue();
      }
    }
    figures.add(KeyFigure.quantity("subsidy capped, energy over the annual caps", capped, "kWh"));
    figures.add(KeyFigure.count("sessions not subsidised", notSubsidised));
    figures.add(KeyFigure.count("lines", lineCount));
    figures.add(KeyFigure.count("compliance violations", violations));
    return figures;
  }

  private static String utc(Object time) {
    if (time == null) {
      return null;
    }
    OffsetDateTime t =
        time instanceof OffsetDateTime o
            ? o
            : time instanceof java.sql.Timestamp ts
                ? ts.toInstant().atOffset(ZoneOffset.UTC)
                : OffsetDateTime.parse(time.toString());
    return t.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS).toString();
  }
}
