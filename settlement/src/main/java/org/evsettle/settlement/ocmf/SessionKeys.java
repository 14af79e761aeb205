package org.evsettle.settlement.ocmf;

import java.util.List;
import java.util.Optional;
import org.evsettle.settlement.ocmf.OcmfVerdict.Status;

/**
 * The one public key a session's datasets are checked against: the registered key when there is
 * one, else the key the charger sent with the data. Datasets of one session carrying different
 * keys, or a key other than the registered one, fail the session: a meter has one key.
 */
record SessionKeys(MeterPublicKey key, Status status, Optional<String> problem) {

  /** Decodes a registered key; a verifier keeps the keys it decoded (see {@link OcmfVerifier}). */
  interface RegisteredKeys {
    MeterPublicKey decode(String text, OcmfSignatureAlgorithm curveHint) throws OcmfDecodeException;
  }

  static SessionKeys resolve(
      List<OcmfSignedValue> values,
      String registered,
      OcmfSignatureAlgorithm curveHint,
      RegisteredKeys registeredKeys)
      throws OcmfDecodeException {
    MeterPublicKey chosen = null;
    if (registered != null && !registered.isBlank()) {
      chosen = registeredKeys.decode(registered, curveHint);
    }
    boolean fromRegistry = chosen != null;
    for (int i = 0; i < values.size(); i++) {
      String given = values.get(i).publicKey();
      if (given == null || given.isBlank()) {
        continue;
      }
      MeterPublicKey key = MeterPublicKey.decode(given, curveHint);
      if (chosen == null) {
        chosen = key;
      } else if (!chosen.sameKeyAs(key)) {
        String against = fromRegistry ? "the registered key" : "the key of the earlier dataset";
        return failed("dataset " + (i + 1) + " comes with a public key other than " + against);
      }
    }
    if (chosen == null) {
      return new SessionKeys(
          null,
          Status.UNVERIFIABLE,
          Optional.of("no public key for the meter: none registered and none sent with the data"));
    }
    return new SessionKeys(chosen, Status.VERIFIED, Optional.empty());
  }

  private static SessionKeys failed(String reason) {
    return new SessionKeys(null, Status.FAILED, Optional.of(reason));
  }
}
