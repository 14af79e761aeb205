package org.evsettle.integrations.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.commons.csv.CSVRecord;
import org.evsettle.integrations.csv.CsvRows;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.settlement.domain.RejectionCode;
import org.junit.jupiter.api.Test;

/**
 * Where a timestamp read through a profile is placed: its own offset or zone first, then the row's
 * zone column, then the profile's zone; with none of them the row is rejected with a reason.
 */
class TimestampZoneTest {

  private static CompiledProfile profile(String zoneLines, String format) {
    String yaml =
        "name: denver\nrecord_type: sessions\nfiles: [\"denver-*.csv\"]\n"
            + zoneLines
            + "fields:\n"
            + "  session_id: { column: Id }\n  charger_id: { column: Bay }\n"
            + "  started_at: { column: Start"
            + (format == null ? "" : ", format: \"" + format + "\"")
            + " }\n  ended_at: { column: Start }\n  energy_kwh: { column: kWh }\n";
    return ProfileCatalog.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "profiles/denver.yaml");
  }

  private static Instant start(CompiledProfile profile, String start, String tz) throws Exception {
    String csv = "Id,Bay,Start,kWh,TZ\nS1,B1,\"" + start + "\",1," + tz + "\n";
    try (CsvRows rows =
        new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      CSVRecord record = rows.iterator().next().record();
      return new ProfileRowFields(record, 2, profile, "OP1").instant("started_at");
    }
  }

  @Test
  void withoutAZoneValuesCarryingTheirOwnOffsetOrZoneAreAccepted() throws Exception {
    // 10:00 at -06:00 (Mountain daylight time) is 16:00 UTC, however the offset is written
    Instant expected = Instant.parse("2026-10-01T16:00:00Z");
    assertThat(start(profile("", null), "2026-10-01T10:00:00-06:00", "")).isEqualTo(expected);
    assertThat(start(profile("", "uuuu-MM-dd HH:mmXXX"), "2026-10-01 10:00-06:00", ""))
        .isEqualTo(expected);
    assertThat(start(profile("", "uuuu-MM-dd HH:mm Z"), "2026-10-01 10:00 -0600", ""))
        .isEqualTo(expected);
    assertThat(start(profile("", "uuuu-MM-dd HH:mm VV"), "2026-10-01 10:00 America/Denver", ""))
        .isEqualTo(expected);
  }

  @Test
  void withoutAZoneALocalValueRejectsTheRowWithAReason() {
    assertThatThrownBy(() -> start(profile("", "uuuu-MM-dd HH:mm"), "2026-10-01 10:00", ""))
        .isInstanceOfSatisfying(
            FieldProblem.class,
            p -> {
              assertThat(p.code()).isEqualTo(RejectionCode.UNPARSABLE);
              assertThat(p.field()).isEqualTo("started_at");
            })
        .hasMessage(
            "started_at '2026-10-01 10:00' has no offset, and the import profile names no zone to"
                + " place it in");
  }

  private static final String DENVER_WITH_TZ_COLUMN =
      "zone: America/Denver\nzone_column: TZ\nzone_names: { MST: \"-07:00\", MDT: \"-06:00\" }\n";

  @Test
  void theRowsZoneColumnDecidesTheHourRepeatedWhenTheClocksGoBack() throws Exception {
    CompiledProfile profile = profile(DENVER_WITH_TZ_COLUMN, "uuuu-MM-dd HH:mm");
    // 1 November 2026, 01:30 happens twice in Denver: first at -06:00 (MDT), then at -07:00 (MST)
    assertThat(start(profile, "2026-11-01 01:30", "MDT"))
        .isEqualTo(Instant.parse("2026-11-01T07:30:00Z"));
    assertThat(start(profile, "2026-11-01 01:30", "MST"))
        .isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
    // an offset or a zone id needs no name
    assertThat(start(profile, "2026-11-01 01:30", "-0700"))
        .isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
    assertThat(start(profile, "2026-07-01 12:00", "America/Phoenix"))
        .isEqualTo(Instant.parse("2026-07-01T19:00:00Z"));
    // an empty cell falls back to the profile's zone, which takes the earlier of a repeated hour
    assertThat(start(profile, "2026-11-01 01:30", ""))
        .isEqualTo(Instant.parse("2026-11-01T07:30:00Z"));
  }

  @Test
  void anUnknownZoneInTheColumnRejectsTheRow() {
    CompiledProfile profile = profile(DENVER_WITH_TZ_COLUMN, "uuuu-MM-dd HH:mm");
    assertThatThrownBy(() -> start(profile, "2026-11-01 01:30", "XST"))
        .isInstanceOfSatisfying(
            FieldProblem.class, p -> assertThat(p.code()).isEqualTo(RejectionCode.UNPARSABLE))
        .hasMessage(
            "the zone 'XST' of column TZ is unknown: expected one of [MDT, MST], an offset like"
                + " -07:00 or a zone like America/Denver");
  }

  @Test
  void aZoneColumnWorksWithoutAProfileZone() throws Exception {
    CompiledProfile profile = profile("zone_column: TZ\n", "uuuu-MM-dd HH:mm");
    assertThat(start(profile, "2026-11-01 01:30", "-07:00"))
        .isEqualTo(Instant.parse("2026-11-01T08:30:00Z"));
    assertThatThrownBy(() -> start(profile, "2026-11-01 01:30", ""))
        .hasMessageContaining("has no offset, and the import profile names no zone");
  }
}
