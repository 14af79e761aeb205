package org.evsettle.integrations.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.evsettle.integrations.TestHome.csv;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.evsettle.integrations.inbox.IngestSummary;
import org.evsettle.settlement.persistence.ChargingSessionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Whole files: duplicates, unreadable files, missing columns, encodings, order, back-filling. */
class FileHandlingTest extends IngestTestSupport {

  private static final String SESSIONS = "session_id,charger_id,started_at,ended_at,energy_kwh";

  @Autowired ChargingSessionRepository sessions;

  @Test
  void theSameFileTwiceFromTheSameSenderIsNotProcessedAgain() {
    home.drop(
        "operators/DUP", "chargers.csv", chargersCsv("DUP-C1,DUP,DUP-S,UT1,,PUBLIC,22,false"));
    String content =
        csv(SESSIONS, "D1,DUP-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,3");
    home.drop("operators/DUP", "sessions.csv", content);
    ingest();
    home.drop("operators/DUP", "sessions-again.csv", content);
    home.drop("operators/DUP", "sessions.csv", content);
    IngestSummary second = ingest();

    JsonNode again = home.receipt("operators/DUP", "sessions-again.csv");
    assertThat(again.get("duplicate_file").asBoolean()).isTrue();
    assertThat(counts(again)).containsExactly(0L, 0L, 0L, 0L);
    assertThat(again.get("sha256").asText())
        .isEqualTo(home.receipt("operators/DUP", "sessions.csv").get("sha256").asText());
    // the second receipt for the same file name does not overwrite the first
    JsonNode renamed =
        home.receiptAt(HOME.resolve("outbox/operators/DUP/receipts/sessions.csv.2.receipt.json"));
    assertThat(renamed.get("duplicate_file").asBoolean()).isTrue();
    assertThat(home.receipt("operators/DUP", "sessions.csv").get("accepted").asLong()).isEqualTo(1);
    assertThat(second.counts().dataRows()).isZero();
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("DUP", "D1")).hasSize(1);
    assertThat(home.inboxIsEmpty()).isTrue();
  }

  @Test
  void aFileThatIsNotCsvIsQuarantinedWholeWithAReason() throws Exception {
    home.drop(
        "operators/BAD", "chargers.csv", chargersCsv("BAD-C1,BAD,BAD-S,UT1,,PUBLIC,22,false"));
    home.dropBytes(
        "operators/BAD", "sessions-binary.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
    // a quote left open on the last row: no row of the file may be stored
    home.drop(
        "operators/BAD",
        "sessions-open-quote.csv",
        csv(
            SESSIONS,
            "Q1,BAD-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,3",
            "Q2,BAD-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,\"3"));
    home.drop("operators/BAD", "notes.txt", "hello\n");
    ingest();

    JsonNode binary = home.receipt("operators/BAD", "sessions-binary.csv");
    assertThat(binary.get("quarantined").asBoolean()).isTrue();
    assertThat(binary.get("reason").asText()).contains("not UTF-8 text");
    JsonNode openQuote = home.receipt("operators/BAD", "sessions-open-quote.csv");
    assertThat(openQuote.get("quarantined").asBoolean()).isTrue();
    assertThat(openQuote.get("reason").asText()).startsWith("the file cannot be read as CSV");
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("BAD", "Q1")).isEmpty();
    assertThat(home.receipt("operators/BAD", "notes.txt").get("reason").asText())
        .contains("file name does not say what it holds");
    assertThat(HOME.resolve("quarantine/operators/BAD/sessions-binary.csv")).exists();
    assertThat(HOME.resolve("quarantine/operators/BAD/sessions-open-quote.csv")).exists();
    assertThat(HOME.resolve("quarantine/operators/BAD/notes.txt")).exists();
    assertThat(home.inboxIsEmpty()).isTrue();
  }

  @Test
  void aFileWithoutARequiredColumnIsQuarantined() {
    home.drop(
        "operators/COL",
        "sessions.csv",
        csv(
            "session_id,charger_id,started_at,ended_at",
            "X,C,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00"));
    home.drop("utilities/COL-UT", "sessions.csv", csv(SESSIONS));
    home.drop("stray.csv", "", "");
    ingest();

    JsonNode receipt = home.receipt("operators/COL", "sessions.csv");
    assertThat(receipt.get("quarantined").asBoolean()).isTrue();
    assertThat(receipt.get("reason").asText())
        .isEqualTo("the file lacks the required column energy_kwh");
    assertThat(home.receipt("utilities/COL-UT", "sessions.csv").get("reason").asText())
        .isEqualTo("sessions files come from operators, not from utilities");
  }

  @Test
  void readsBomCrlfQuotedLinesAndColumnsInAnyOrder() {
    home.drop(
        "operators/ENC", "chargers.csv", chargersCsv("ENC-C1,ENC,ENC-S,UT1,,PUBLIC,22,false"));
    String body =
        "energy_kwh,ignored column,session_id,ended_at,started_at,charger_id,signed_data\r\n"
            + "3,x,E1,2026-10-01T11:00:00+08:00,2026-10-01T10:00:00+08:00,ENC-C1,\"OCMF|{\r\n\"\"a\"\":1\r\n}|{}\"\r\n"
            + "-3,x,E2,2026-10-01T11:00:00+08:00,2026-10-01T10:00:00+08:00,ENC-C1,\r\n"
            + "\r\n"
            + "4,x,E3,2026-10-01T11:00:00+08:00,2026-10-01T10:00:00+08:00,ENC-C1,";
    byte[] bom = {(byte) 0xef, (byte) 0xbb, (byte) 0xbf};
    byte[] text = body.getBytes(StandardCharsets.UTF_8);
    byte[] file = new byte[bom.length + text.length];
    System.arraycopy(bom, 0, file, 0, 3);
    System.arraycopy(text, 0, file, 3, text.length);
    home.dropBytes("operators/ENC", "sessions-windows.csv", file);
    ingest();

    JsonNode receipt = home.receipt("operators/ENC", "sessions-windows.csv");
    assertThat(counts(receipt)).containsExactly(2L, 0L, 0L, 1L);
    // E1 spans lines 2-4, so E2 starts on line 5; line 6 is blank, E3 is on line 7
    assertThat(rejections(receipt)).containsExactly("5 energy_kwh NEGATIVE_ENERGY");
    var e1 = sessions.findByPartyIdAndRecordIdOrderByVersion("ENC", "E1").get(0);
    assertThat(e1.getSignedData()).isEqualTo("OCMF|{\r\n\"a\":1\r\n}|{}");
    assertThat(sessions.findByPartyIdAndRecordIdOrderByVersion("ENC", "E3").get(0).getLineNo())
        .isEqualTo(7);
  }

  @Test
  void registryFilesOfAllSendersComeBeforeEventFiles() {
    // by name the sessions file sorts first, and the ratings refer to the operator's new site
    home.drop("operators/ORD", "a-sessions-first.csv", "");
    home.drop(
        "operators/ORD",
        "sessions-0.csv",
        csv(SESSIONS, "O1,ORD-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,3"));
    home.drop("regulator", "ratings-ord.csv", csv("site_id,quarter,rating", "ORD-S,2026-Q4,A"));
    home.drop(
        "operators/ORD", "chargers-z.csv", chargersCsv("ORD-C1,ORD,ORD-S,UT1,,PUBLIC,22,false"));
    IngestSummary summary = ingest();

    assertThat(summary.files())
        .extracting(f -> f.receipt().file())
        .containsExactly(
            "chargers-z.csv", "ratings-ord.csv", "sessions-0.csv", "a-sessions-first.csv");
    assertThat(home.receipt("operators/ORD", "sessions-0.csv").get("accepted").asLong())
        .isEqualTo(1);
    assertThat(home.receipt("regulator", "ratings-ord.csv").get("accepted").asLong()).isEqualTo(1);
  }

  @Test
  void asOfBackFillsWithThatInstantAsTheClock() throws Exception {
    home.drop(
        "operators/ASOF", "chargers.csv", chargersCsv("ASOF-C1,ASOF,ASOF-S,UT1,,PUBLIC,22,false"));
    home.drop(
        "operators/ASOF",
        "sessions.csv",
        csv(
            SESSIONS,
            "H1,ASOF-C1,2026-09-30T10:00:00+08:00,2026-09-30T11:00:00+08:00,3",
            "H2,ASOF-C1,2026-10-01T10:00:00+08:00,2026-10-01T11:00:00+08:00,3"));
    Instant asOf = Instant.parse("2026-10-01T00:00:00Z");
    sweep.runOnce(Clock.fixed(asOf, ZoneOffset.UTC), true);

    JsonNode receipt = home.receipt("operators/ASOF", "sessions.csv");
    assertThat(receipt.get("as_of").asBoolean()).isTrue();
    assertThat(receipt.get("received_at").asText()).isEqualTo("2026-10-01T00:00:00Z");
    assertThat(rejections(receipt)).containsExactly("3 started_at IN_FUTURE");
    String plain =
        Files.readString(HOME.resolve("outbox/operators/ASOF/receipts/chargers.csv.receipt.json"));
    assertThat(plain).contains("\"as_of\" : true");
  }
}
