package org.evsettle.settlement.ocmf;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.evsettle.settlement.ocmf.OcmfVerdict.Status;

/**
 * Verifies a charging session's OCMF signed meter values: each dataset's signature against the
 * meter's public key, the meter serial against the registered one, the readings (begin and end
 * present and in order, no error flag, no bad meter status), the pagination within the session, and
 * the metered energy against the energy the operator reported.
 *
 * <p>Never throws on bad input: whatever cannot be decoded is {@link Status#UNVERIFIABLE} with the
 * reason.
 *
 * <p>A verifier keeps the registered keys it decoded: a charger's sessions are checked against the
 * same key object, whose precomputed multiples the signature check then reuses (it made verifying a
 * month's sessions markedly faster). Not thread-safe: one verifier per evaluation.
 */
public final class OcmfVerifier {

  // a registry holds some thousands of keys: all may stay for an evaluation
  private final Map<String, MeterPublicKey> registeredKeys = new HashMap<>();

  /**
   * Verifies a session's signed data: one dataset holding begin and end, or several datasets one
   * after the other (begin first).
   *
   * @param signedData the session's {@code OCMF|payload|signature} text
   * @param registeredPublicKey the meter's key from the chargers registry (hex DER
   *     SubjectPublicKeyInfo); null when none is registered
   * @param registeredSerial the meter's serial from the registry; null skips the serial check
   * @param reportedKwh the energy the operator reported; null skips the comparison
   * @param toleranceKwh how far the metered and reported energy may differ
   */
  public OcmfVerdict verify(
      String signedData,
      String registeredPublicKey,
      String registeredSerial,
      BigDecimal reportedKwh,
      BigDecimal toleranceKwh) {
    List<OcmfSignedValue> values =
        OcmfDatasetParser.split(signedData).stream().map(OcmfSignedValue::withoutKey).toList();
    return verify(values, registeredPublicKey, registeredSerial, reportedKwh, toleranceKwh);
  }

  /**
   * Verifies a session delivered as separate datasets (begin first), each possibly with the key the
   * charger sent alongside. A registered key takes precedence, and a different key sent alongside
   * fails the session.
   */
  public OcmfVerdict verify(
      List<OcmfSignedValue> values,
      String registeredPublicKey,
      String registeredSerial,
      BigDecimal reportedKwh,
      BigDecimal toleranceKwh) {
    try {
      return verifyOrThrow(
          values, registeredPublicKey, registeredSerial, reportedKwh, toleranceKwh);
    } catch (OcmfDecodeException e) {
      return OcmfVerdict.unverifiable("cannot decode: " + e.getMessage());
    } catch (RuntimeException e) {
      // Hostile or broken input must never stop a settlement run.
      return OcmfVerdict.unverifiable("cannot decode: " + e.getClass().getSimpleName());
    }
  }

  private OcmfVerdict verifyOrThrow(
      List<OcmfSignedValue> values,
      String registeredPublicKey,
      String registeredSerial,
      BigDecimal reportedKwh,
      BigDecimal toleranceKwh)
      throws OcmfDecodeException {
    if (values == null || values.isEmpty()) {
      return OcmfVerdict.unverifiable("no signed data");
    }
    List<OcmfDataset> datasets = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      datasets.add(parse(values.get(i).signedData(), i + 1, values.size()));
    }
    List<OcmfPayload> payloads = datasets.stream().map(OcmfDataset::payload).toList();
    SessionReadings readings = SessionReadings.read(payloads);

    OcmfSignatureAlgorithm curveHint = OcmfSignatureCheck.algorithmOf(datasets.get(0));
    SessionKeys keys =
        SessionKeys.resolve(values, registeredPublicKey, curveHint, this::registeredKey);
    if (keys.problem().isPresent()) {
      return OcmfVerdict.of(keys.status(), keys.problem().get(), readings);
    }
    for (int i = 0; i < datasets.size(); i++) {
      String which = datasets.size() == 1 ? "the dataset" : "dataset " + (i + 1);
      Optional<String> wrong = OcmfSignatureCheck.failure(datasets.get(i), keys.key(), which);
      if (wrong.isPresent()) {
        return OcmfVerdict.of(Status.FAILED, wrong.get(), readings);
      }
    }
    Optional<String> problem =
        serialProblem(payloads, registeredSerial)
            .or(() -> OcmfPagination.problemWithin(payloads))
            .or(readings::problem)
            .or(() -> energyProblem(readings, reportedKwh, toleranceKwh));
    if (problem.isPresent()) {
      return OcmfVerdict.of(Status.FAILED, problem.get(), readings);
    }
    return OcmfVerdict.of(
        Status.VERIFIED,
        "signature, meter and readings verify: "
            + SessionReadings.plain(readings.energyKwh())
            + " kWh by the meter",
        readings);
  }

  private MeterPublicKey registeredKey(String text, OcmfSignatureAlgorithm curveHint)
      throws OcmfDecodeException {
    // a bare point is read on the curve the data names: the same text may be two keys
    String cacheKey = curveHint + " " + text;
    MeterPublicKey key = registeredKeys.get(cacheKey);
    if (key == null) {
      key = MeterPublicKey.decode(text, curveHint);
      registeredKeys.put(cacheKey, key);
    }
    return key;
  }

  private static OcmfDataset parse(String text, int number, int count) throws OcmfDecodeException {
    try {
      return OcmfDatasetParser.parse(text);
    } catch (OcmfDecodeException e) {
      throw count == 1 ? e : new OcmfDecodeException("dataset " + number + ": " + e.getMessage());
    }
  }

  private static Optional<String> serialProblem(List<OcmfPayload> payloads, String registered) {
    List<String> serials =
        payloads.stream()
            .map(OcmfPayload::meterSerial)
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    if (serials.size() > 1) {
      return Optional.of("the datasets come from meters " + String.join(" and ", serials));
    }
    if (registered == null || registered.isBlank()) {
      return Optional.empty();
    }
    if (serials.isEmpty() || payloads.stream().anyMatch(p -> p.meterSerial() == null)) {
      return Optional.of(
          "the data names no meter serial (MS); the registered one is " + registered.strip());
    }
    if (!serials.get(0).strip().equals(registered.strip())) {
      return Optional.of(
          "meter serial " + serials.get(0) + " is not the registered " + registered.strip());
    }
    return Optional.empty();
  }

  private static Optional<String> energyProblem(
      SessionReadings readings, BigDecimal reportedKwh, BigDecimal toleranceKwh) {
    if (reportedKwh == null) {
      return Optional.empty();
    }
    BigDecimal tolerance = toleranceKwh == null ? BigDecimal.ZERO : toleranceKwh;
    BigDecimal metered = readings.energyKwh();
    if (metered.subtract(reportedKwh).abs().compareTo(tolerance) <= 0) {
      return Optional.empty();
    }
    return Optional.of(
        "energy "
            + SessionReadings.plain(metered)
            + " kWh by the meter, "
            + SessionReadings.plain(reportedKwh)
            + " kWh reported (tolerance "
            + SessionReadings.plain(tolerance)
            + ")");
  }
}
