package org.evsettle.integrations;

/**
 * A council's session export profile, sound as written; tests break one field of it. Its dates are
 * read in UK time, so 10:00 on 1 October is 09:00 UTC.
 */
public final class CouncilProfile {

  private CouncilProfile() {}

  public static final String YAML =
      """
      name: council-sessions
      record_type: sessions
      files: ["council-*.csv"]
      zone: Europe/London
      fields:
        session_id: { column: Ref }
        charger_id: { column: Bay }
        started_at: { column: Start, format: "uuuu-MM-dd HH:mm" }
        ended_at: { column: End, format: "uuuu-MM-dd HH:mm" }
        energy_kwh: { column: kWh }
      """;

  /** The profile with its start read as a year of an era ({@code yyyy}), on line 8. */
  public static final String WITH_YEAR_OF_ERA =
      YAML.replaceFirst("uuuu-MM-dd HH:mm", "yyyy-MM-dd HH:mm");

  /** Why {@link #WITH_YEAR_OF_ERA} is refused, when it is {@code profiles/council.yaml}. */
  public static final String YEAR_OF_ERA_REFUSED =
      "profiles/council.yaml:8: field 'fields.started_at.format': 'yyyy-MM-dd HH:mm' cannot read"
          + " '2026-10-31 13:45', a value it writes itself: it does not give a whole date and time"
          + " of day; write 'uuuu' for the year ('yyyy' is the year of an era, which needs an era"
          + " 'G')";
}
