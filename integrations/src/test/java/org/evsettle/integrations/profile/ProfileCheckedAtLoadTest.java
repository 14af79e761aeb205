package org.evsettle.integrations.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.evsettle.integrations.CouncilProfile;
import org.junit.jupiter.api.Test;

/** Every field of a profile is checked when it is loaded, and a problem names file, line, field. */
class ProfileCheckedAtLoadTest {

  private static final String COUNCIL = CouncilProfile.YAML;

  private static CompiledProfile load(String yaml) {
    return ProfileCatalog.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "profiles/council.yaml");
  }

  @Test
  void aSoundProfileLoads() {
    assertThat(load(COUNCIL).name()).isEqualTo("council-sessions");
  }

  @Test
  void aYearOfEraPatternIsRefusedAtLoadThoughItCompiles() {
    // 'yyyy' compiles, but strict reading cannot place a year of an era without the era
    assertThatThrownBy(() -> load(CouncilProfile.WITH_YEAR_OF_ERA))
        .isInstanceOf(ProfileException.class)
        .hasMessage(CouncilProfile.YEAR_OF_ERA_REFUSED);
  }

  @Test
  void aPatternWithoutAWholeTimeIsRefused() {
    assertThatThrownBy(() -> load(COUNCIL.replaceFirst("uuuu-MM-dd HH:mm", "uuuu-MM-dd hh:mm")))
        .hasMessageStartingWith("profiles/council.yaml:8: field 'fields.started_at.format'")
        .hasMessageEndingWith(
            "write 'HH' for the hour ('hh' is the hour of am/pm, which needs an 'a')");
    assertThatThrownBy(
            () -> load(COUNCIL.replace("uuuu-MM-dd HH:mm\" }\n  ended", "dd/MM\" }\n  ended")))
        .hasMessage(
            "profiles/council.yaml:8: field 'fields.started_at.format': 'dd/MM' cannot read"
                + " '31/10', a value it writes itself: it does not give a whole date and time of"
                + " day");
  }

  @Test
  void aFormatOnAFieldThatIsNoTimestampIsRefused() {
    assertThatThrownBy(
            () -> load(COUNCIL.replace("{ column: kWh }", "{ column: kWh, format: uuuu }")))
        .hasMessage(
            "profiles/council.yaml:10: field 'fields.energy_kwh.format': does not apply: energy_kwh"
                + " is not a timestamp or a date");
  }

  @Test
  void aTemplateMustNameColumnsInMatchedBraces() {
    assertThatThrownBy(
            () -> load(COUNCIL.replace("{ column: Ref }", "{ template: \"{Bay-{Start}\" }")))
        .hasMessage(
            "profiles/council.yaml:6: field 'fields.session_id.template': '{Bay-{Start}' has a"
                + " brace without its pair");
    assertThatThrownBy(() -> load(COUNCIL.replace("{ column: Ref }", "{ template: \"Bay\" }")))
        .hasMessage(
            "profiles/council.yaml:6: field 'fields.session_id.template': 'Bay' names no column:"
                + " write columns as {Column}");
    assertThatThrownBy(() -> load(COUNCIL.replace("{ column: Ref }", "{ template: \"{Bay}-{}\" }")))
        .hasMessageEndingWith("'{Bay}-{}' has an empty placeholder {}");
  }

  @Test
  void zoneNamesMustBeZonesAndNeedAZoneColumn() {
    assertThatThrownBy(
            () ->
                load(
                    COUNCIL.replace(
                        "zone: Europe/London\n",
                        "zone_column: TZ\nzone_names: { MST: \"-07:00\", MDT: \"Mountain\" }\n")))
        .hasMessageStartingWith(
            "profiles/council.yaml:5: field 'zone_names.MDT': 'Mountain' is not a time zone");
    assertThatThrownBy(
            () ->
                load(COUNCIL.replace("zone: Europe/London\n", "zone_names: { MST: \"-07:00\" }\n")))
        .hasMessage(
            "profiles/council.yaml:4: field 'zone_names': needs a zone_column to read them from");
  }

  @Test
  void aYamlSyntaxErrorIsReportedWithItsLine() {
    assertThatThrownBy(() -> load(COUNCIL.replace("kWh }", "kWh ")))
        .isInstanceOf(ProfileException.class)
        .hasMessage("profiles/council.yaml:10: is not valid YAML: while parsing a flow mapping");
  }
}
