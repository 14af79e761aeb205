package org.evsettle.integrations.ingest;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.evsettle.settlement.domain.PartyRole;
import org.evsettle.settlement.domain.Receipt;
import org.evsettle.settlement.persistence.IngestStore;

/**
 * Writes a file's receipt to {@code <home>/outbox/<role>/<party>/receipts/<file>.receipt.json} (the
 * regulator's under {@code outbox/regulator/receipts/}). Rejections are streamed from the store, so
 * a file with a million rejected rows still gets its full receipt in bounded memory. A receipt
 * never overwrites an earlier one: a second receipt for the same file name is numbered.
 */
public final class ReceiptWriter {

  private static final JsonFactory JSON = new JsonFactory();

  private final Path home;
  private final IngestStore store;

  public ReceiptWriter(Path home, IngestStore store) {
    this.home = home;
    this.store = store;
  }

  public Path write(IngestResult result) {
    Receipt r = result.receipt();
    Path target = freeName(folder(r), r.file());
    try {
      Files.createDirectories(target.getParent());
      try (JsonGenerator g = JSON.createGenerator(target.toFile(), JsonEncoding.UTF8)) {
        g.useDefaultPrettyPrinter();
        g.writeStartObject();
        g.writeStringField("file", r.file());
        if (r.sender() != null) {
          g.writeStringField("sender_role", r.sender().role().folder());
          g.writeStringField("sender", r.sender().id());
        }
        g.writeStringField("sha256", r.sha256());
        g.writeStringField(
            "record_type", r.recordType() == null ? null : r.recordType().filePrefix());
        if (r.profile() != null) {
          g.writeStringField("profile", r.profile());
        }
        g.writeStringField("received_at", r.receivedAt().toString());
        if (r.asOf()) {
          g.writeBooleanField("as_of", true);
        }
        g.writeStringField("status", r.status().name());
        g.writeNumberField("accepted", r.counts().accepted());
        g.writeNumberField("corrected", r.counts().corrected());
        g.writeNumberField("duplicates", r.counts().duplicates());
        g.writeNumberField("rejected", r.counts().rejected());
        g.writeBooleanField("duplicate_file", r.duplicateFile());
        g.writeBooleanField("quarantined", r.quarantined());
        if (r.reason() != null) {
          g.writeStringField("reason", r.reason());
        }
        g.writeArrayFieldStart("rejections");
        if (r.counts().rejected() > 0) {
          store.forEachRejection(result.fileId(), rejection -> writeRejection(g, rejection));
        }
        g.writeEndArray();
        g.writeEndObject();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the receipt " + target, e);
    }
    return target;
  }

  private static void writeRejection(JsonGenerator g, org.evsettle.settlement.domain.Rejection r) {
    try {
      g.writeStartObject();
      g.writeNumberField("line", r.line());
      g.writeStringField("field", r.field());
      g.writeStringField("code", r.code().name());
      g.writeStringField("reason", r.reason());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path folder(Receipt r) {
    if (r.sender() == null) {
      return home.resolve("quarantine");
    }
    Path outbox = home.resolve("outbox").resolve(r.sender().role().folder());
    if (r.sender().role() != PartyRole.REGULATOR) {
      outbox = outbox.resolve(r.sender().id());
    }
    return outbox.resolve("receipts");
  }

  private static Path freeName(Path folder, String file) {
    Path target = folder.resolve(file + ".receipt.json");
    for (int n = 2; Files.exists(target); n++) {
      target = folder.resolve(file + "." + n + ".receipt.json");
    }
    return target;
  }
}
