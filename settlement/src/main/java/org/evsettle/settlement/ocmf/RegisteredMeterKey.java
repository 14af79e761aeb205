package org.evsettle.settlement.ocmf;

import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.util.encoders.Hex;

/**
 * The check a chargers registry makes of a meter's public key before storing it: hex text (spaces
 * allowed) of a DER SubjectPublicKeyInfo whose point lies on a curve OCMF names. A key that would
 * fail every session at settlement time is refused when it is registered, with the reason.
 */
public final class RegisteredMeterKey {

  private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private RegisteredMeterKey() {}

  /** Why {@code text} cannot be a registered meter key, or empty when it can. */
  public static Optional<String> problem(String text) {
    String compact = WHITESPACE.matcher(text).replaceAll("");
    if (!HEX.matcher(compact).matches()) {
      return Optional.of("the meter's public key is not hex (an even number of hex digits)");
    }
    byte[] der = Hex.decode(compact);
    if (der.length == 0 || der[0] != 0x30) {
      return Optional.of("the meter's public key is not a DER SubjectPublicKeyInfo");
    }
    try {
      MeterPublicKey.fromSubjectPublicKeyInfo(der);
      return Optional.empty();
    } catch (OcmfDecodeException e) {
      return Optional.of(e.getMessage());
    }
  }
}
