package org.evsettle.integrations.ocpi;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Currency;
import java.util.Map;
import org.evsettle.integrations.csv.FieldProblem;
import org.evsettle.integrations.ingest.ChargerRegistry;
import org.evsettle.integrations.ingest.ContentHash;
import org.evsettle.integrations.ingest.IdTagPseudonymizer;
import org.evsettle.integrations.ingest.RowValidator;
import org.evsettle.settlement.domain.ChargingSession;
import org.evsettle.settlement.domain.Energy;
import org.evsettle.settlement.domain.OcpiTariff;
import org.evsettle.settlement.domain.Party;
import org.evsettle.settlement.domain.RecordStatus;
import org.evsettle.settlement.domain.RecordType;
import org.evsettle.settlement.domain.Rejection;
import org.evsettle.settlement.domain.RejectionCode;
import org.evsettle.settlement.persistence.QuarantinedRow;

/**
 * Checks each object of an OCPI file of one sender, needing nothing from the database: the OCPI
 * object's own checks, then, for a CDR, the session it becomes under the record rules of every
 * session (charger registered and the sender's, energy within its rated power, no longer than 72 h,
 * nothing in the future). A rejection names the field, where the object is and its id.
 */
final class ObjectChecks {

  // the session fields the record rules name, as the CDR calls them
  private static final Map<String, String> CDR_FIELDS =
      Map.of(
          "started_at", "start_date_time",
          "ended_at", "end_date_time",
          "energy_kwh", "total_energy",
          "charger_id", "cdr_location.evse_uid");
  // the widths of the quarantine's columns
  private static final int FIELD_LIMIT = 64;
  private static final int REASON_LIMIT = 1000;

  private final RecordType type;
  private final ChargerRegistry registry;
  private final RowValidator validator;
  private final IdTagPseudonymizer pseudonymizer;
  private final OcpiJson json;
  private final ContentHash sha256 = new ContentHash();

  ObjectChecks(
      RecordType type,
      ChargerRegistry registry,
      Party sender,
      java.time.Instant now,
      IdTagPseudonymizer pseudonymizer) {
    this.type = type;
    this.registry = registry;
    this.validator = new RowValidator(registry, sender, now);
    this.pseudonymizer = pseudonymizer;
    this.json = new OcpiJson(pseudonymizer);
  }

  Checked check(JsonObjects.Item item) {
    if (!item.readable()) {
      String reason = item.where() + " " + item.problem();
      String text = json.unreadable(item.text());
      return rejected(item.position(), "json", RejectionCode.UNPARSABLE, reason, text);
    }
    String canonical = json.canonical(item.object());
    String label = label(item);
    try {
      return type == RecordType.TARIFFS
          ? tariff(item.object(), canonical, item.position())
          : cdr(item.object(), canonical, item.position(), label);
    } catch (FieldProblem p) {
      return rejected(item.position(), p.field(), p.code(), label + ": " + p.reason(), canonical);
    }
  }

  private Checked cdr(JsonNode object, String canonical, long position, String label) {
    Cdr cdr = CdrChecks.check(object);
    if (cdr.isCredit()) {
      return new Checked.Credit(cdr.creditReferenceId(), cdr.id(), canonical, position, label);
    }
    ChargingSession session =
        new ChargingSession(
            cdr.id(),
            chargerOf(cdr),
            cdr.start(),
            cdr.end(),
            new Energy(cdr.totalEnergyKwh()),
            pseudonymizer.pseudonym(cdr.tokenUid()),
            null,
            null,
            CdrSignedData.of(object.get("signed_data")),
            RecordStatus.ACTIVE);
    try {
      validator.validate(session);
    } catch (FieldProblem p) {
      throw new FieldProblem(
          p.code(), CDR_FIELDS.getOrDefault(p.field(), p.field()), "as a session, " + p.reason());
    }
    // the content is the whole CDR: a CDR sent again with another total_cost is a correction
    String sha = sha256.of(session.canonicalContent() + "\n" + canonical);
    return new Checked.NewSession(session, sha, position, cdr.id(), canonical);
  }

  /** The registered charger of the CDR's EVSE: by its evse_uid, else by its evse_id. */
  private String chargerOf(Cdr cdr) {
    if (registry.charger(cdr.evseUid()).isPresent()) {
      return cdr.evseUid();
    }
    if (registry.charger(cdr.evseId()).isPresent()) {
      return cdr.evseId();
    }
    throw new FieldProblem(
        RejectionCode.UNKNOWN_CHARGER,
        "cdr_location.evse_uid",
        "neither cdr_location.evse_uid '"
            + cdr.evseUid()
            + "' nor evse_id '"
            + cdr.evseId()
            + "' is a charger in the charger registry");
  }

  private Checked tariff(JsonNode object, String canonical, long position) {
    TariffChecks.check(object, "");
    var tariff =
        new OcpiTariff(
            object.get("id").asText(),
            Currency.getInstance(object.get("currency").asText()),
            OcpiChecks.dateTime(object, "", "last_updated"),
            canonical,
            RecordStatus.ACTIVE);
    return new Checked.NewTariff(tariff, sha256.of(tariff.canonicalContent()), position);
  }

  private String label(JsonObjects.Item item) {
    JsonNode id = item.object().get("id");
    String name = type == RecordType.TARIFFS ? "tariff" : "CDR";
    return name
        + " at "
        + item.where()
        + (id != null && id.isTextual() ? " (id '" + id.asText() + "')" : " (no id)");
  }

  private Checked rejected(
      long position, String field, RejectionCode code, String reason, String text) {
    return new Checked.Rejected(
        position,
        new QuarantinedRow(
            new Rejection(position, limit(field, FIELD_LIMIT), code, limit(reason, REASON_LIMIT)),
            limit(text, JsonObjects.TEXT_LIMIT)));
  }

  private static String limit(String text, int length) {
    return text == null || text.length() <= length ? text : text.substring(0, length);
  }
}
