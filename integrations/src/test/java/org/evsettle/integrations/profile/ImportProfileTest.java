package org.evsettle.integrations.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.evsettle.integrations.csv.CsvRows;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.integrations.csv.RowFields;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.RejectionCode;
import org.junit.jupiter.api.Test;

class ImportProfileTest {

  private static final String METER_EXPORT =
      """
      name: meter-export
      record_type: sessions
      files: ["export-*.csv"]
      zone: Europe/London
      fields:
        session_id: { template: "{Meter}-{Start}" }
        charger_id: { column: Meter }
        started_at: { column: Start, format: "dd.MM.uuuu HH:mm" }
        ended_at: { column: End, format: "dd.MM.uuuu HH:mm" }
        energy_kwh: { column: Wh, unit: Wh }
        status: { column: State, map: { ok: ACTIVE, cancelled: VOID } }
      """;

  private static CompiledProfile profile(String yaml) {
    return ProfileCatalog.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "test.yaml");
  }

  private static List<RowFields> rows(CompiledProfile profile, String csv) throws Exception {
    List<RowFields> out = new ArrayList<>();
    try (CsvRows rows =
        new CsvRows(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      for (CsvRows.Row row : rows) {
        out.add(new ProfileRowFields(row.record(), row.line(), profile, "OP9"));
      }
    }
    return out;
  }

  @Test
  void mapsColumnsFormatsZonesUnitsTemplatesAndValues() throws Exception {
    CompiledProfile profile = profile(METER_EXPORT);
    RowFields row =
        rows(
                profile,
                "Meter,Start,End,Wh,State\nM7,01.07.2026 10:00,01.07.2026 11:30,12500,cancelled\n")
            .get(0);
    assertThat(row.text("session_id")).isEqualTo("M7-01.07.2026 10:00");
    // British summer time: 10:00 local is 09:00 UTC
    assertThat(row.instant("started_at")).isEqualTo(Instant.parse("2026-07-01T09:00:00Z"));
    assertThat(row.decimal("energy_kwh")).isEqualByComparingTo("12.5");
    assertThat(row.text("status")).isEqualTo("VOID");
    assertThat(profile.profile().matches(PartyRole.OPERATORS, "export-2026-07.csv")).isTrue();
    assertThat(profile.profile().matches(PartyRole.UTILITIES, "export-2026-07.csv")).isFalse();
    assertThat(profile.profile().requiredColumns()).containsExactly("Meter", "Start", "End", "Wh");
  }

  @Test
  void aChargersProfileMapsCurrentTypeAndConnectorLikeAnyOtherField() throws Exception {
    CompiledProfile profile =
        profile(
            """
            name: registry-export
            record_type: chargers
            files: ["registry-*.csv"]
            fields:
              charger_id: { column: Id }
              operator_id: { value: "{sender}" }
              site_id: { column: Site }
              utility_id: { value: "UT1" }
              access: { value: "PUBLIC" }
              rated_power_kw: { column: Power, unit: kW }
              current_type: { column: Current, map: { Alternating: AC, Direct: DC } }
              connector: { column: Plug }
            """);
    RowFields row = rows(profile, "Id,Site,Power,Current,Plug\nP1,S1,400,Direct,ccs2\n").get(0);
    assertThat(row.text("current_type")).isEqualTo("DC");
    assertThat(row.text("connector")).isEqualTo("ccs2");
    // optional: a file may lack their columns
    assertThat(profile.profile().requiredColumns()).containsExactly("Id", "Site", "Power");
  }

  @Test
  void rejectsALocalTimeSkippedByTheClockChangeAndTakesTheEarlierOfARepeatedOne() throws Exception {
    List<RowFields> rows =
        rows(
            profile(METER_EXPORT),
            "Meter,Start,End,Wh,State\n"
                + "M1,29.03.2026 01:30,29.03.2026 03:00,1,ok\n"
                + "M1,25.10.2026 01:30,25.10.2026 03:00,1,ok\n"
                + "M1,31.02.2026 01:30,01.03.2026 03:00,1,ok\n"
                + "M1,01.03.2026 01:30,01.03.2026 03:00,1,later\n");
    assertThatThrownBy(() -> rows.get(0).instant("started_at"))
        .isInstanceOf(FieldProblem.class)
        .hasMessage(
            "started_at '29.03.2026 01:30' does not exist in Europe/London (the clocks went forward)");
    assertThat(rows.get(1).instant("started_at")).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
    assertThatThrownBy(() -> rows.get(2).instant("started_at"))
        .isInstanceOfSatisfying(
            FieldProblem.class, p -> assertThat(p.code()).isEqualTo(RejectionCode.UNPARSABLE));
    assertThatThrownBy(() -> rows.get(3).text("status"))
        .hasMessageContaining("'later'")
        .hasMessageContaining("[ok, cancelled]");
  }

  @Test
  void aBrokenProfileIsRefusedWithItsFileAndTheProblem() {
    assertThatThrownBy(
            () -> profile(METER_EXPORT.replace("  energy_kwh: { column: Wh, unit: Wh }\n", "")))
        .isInstanceOf(ProfileException.class)
        .hasMessage("test.yaml:5: field 'fields': does not map the required field energy_kwh");
    assertThatThrownBy(() -> profile(METER_EXPORT.replace("unit: Wh", "unit: joule")))
        .hasMessage(
            "test.yaml:10: field 'fields.energy_kwh.unit': 'joule' is not a unit: Wh, kWh, MWh, W,"
                + " kW or MW");
    assertThatThrownBy(
            () -> profile(METER_EXPORT.replace("zone: Europe/London", "zone: Mars/Olympus")))
        .hasMessageStartingWith("test.yaml:4: field 'zone': 'Mars/Olympus' is not a time zone");
    assertThatThrownBy(
            () -> profile(METER_EXPORT.replaceFirst("dd.MM.uuuu HH:mm", "dd.MM.uuuu HH:mm bb")))
        .hasMessageStartingWith(
            "test.yaml:8: field 'fields.started_at.format': 'dd.MM.uuuu HH:mm bb' is not a"
                + " date-time pattern");
    assertThatThrownBy(() -> profile(METER_EXPORT + "  tariff: { column: Tariff }\n"))
        .hasMessage("test.yaml:12: field 'fields.tariff': is not a field of sessions records");
    assertThatThrownBy(
            () -> profile(METER_EXPORT.replace("{ column: Meter }", "{ column: Meter, value: X }")))
        .hasMessage(
            "test.yaml:7: field 'fields.charger_id': needs exactly one of column, columns, value"
                + " or template");
    assertThatThrownBy(
            () -> profile("name: x\nrecord_type: sessions\nfiles: [a]\nfields: {}\nunknown: 1\n"))
        .hasMessage("test.yaml:5: field 'unknown': is not a key of an import profile");
  }

  @Test
  void theShippedProfilesLoad() {
    ProfileCatalog catalog = ProfileCatalog.load(null);
    assertThat(catalog.find(PartyRole.OPERATORS, "cp-data-dec-mar-2018.csv"))
        .hasValueSatisfying(p -> assertThat(p.recordType()).isEqualTo(RecordType.SESSIONS));
    assertThat(catalog.find(PartyRole.OPERATORS, "cp-locations.csv"))
        .hasValueSatisfying(p -> assertThat(p.recordType()).isEqualTo(RecordType.CHARGERS));
    assertThat(catalog.find(PartyRole.OPERATORS, "sessions.csv")).isEmpty();
  }

  private static final String DAY_AHEAD =
      """
      name: day-ahead
      record_type: prices
      files: ["day-ahead-*.csv"]
      zone: Europe/Berlin
      fields:
        utility_id: { value: "{sender}" }
        interval_start: { columns: [Datum, Von], format: "dd.MM.uuuu HH:mm" }
        interval_minutes: { value: "15" }
        price: { column: "EUR/kWh" }
        currency: { value: EUR }
      """;

  @Test
  void aUtilitysPricesAreReadThroughAProfileLikeAnyRecord() throws Exception {
    CompiledProfile profile = profile(DAY_AHEAD);
    RowFields row = rows(profile, "Datum,Von,EUR/kWh\n01.10.2026,00:15,-0.0125\n").get(0);
    assertThat(row.text("utility_id")).isEqualTo("OP9");
    // summer time in Berlin: 00:15 local is 22:15 UTC the day before
    assertThat(row.instant("interval_start")).isEqualTo(Instant.parse("2026-09-30T22:15:00Z"));
    assertThat(row.integer("interval_minutes")).isEqualTo(15);
    assertThat(row.decimal("price")).isEqualByComparingTo("-0.0125");
    assertThat(row.currency("currency")).isEqualTo(java.util.Currency.getInstance("EUR"));
    assertThat(profile.profile().role()).isEqualTo(PartyRole.UTILITIES);
  }

  @Test
  void aPriceOrACarbonIntensityTakesNoUnit() {
    // a factor from MWh to kWh would multiply a price per kWh where it should divide it
    assertThatThrownBy(
            () -> profile(DAY_AHEAD.replace("{ column: \"EUR/kWh\" }", "{ column: P, unit: MWh }")))
        .hasMessage(
            "test.yaml:9: field 'fields.price.unit': does not apply: price is per kWh, a unit"
                + " converts energy and power only");
    assertThatThrownBy(
            () ->
                profile(
                    "name: grid-carbon\nrecord_type: carbon\nfiles: [g*.csv]\nfields:\n"
                        + "  utility_id: { column: U }\n  hour_start: { column: H }\n"
                        + "  gco2_per_kwh: { column: G, unit: kWh }\n"))
        .hasMessageContaining("gco2_per_kwh is per kWh");
  }
}
