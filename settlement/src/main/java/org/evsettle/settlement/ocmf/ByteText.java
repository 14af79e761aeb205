package org.evsettle.settlement.ocmf;

import java.util.Base64;
import java.util.regex.Pattern;
import org.bouncycastle.util.encoders.Hex;

/** Bytes written as hex or base64, as keys and signatures arrive from chargers. */
final class ByteText {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern HEX = Pattern.compile("(?:[0-9a-fA-F]{2})+");

  private ByteText() {}

  /** Hex when the text is only hex digits (spaces allowed, as in "3059 3013 ..."), else base64. */
  static byte[] decodeHexOrBase64(String text) throws OcmfDecodeException {
    String compact = WHITESPACE.matcher(text).replaceAll("");
    return HEX.matcher(compact).matches() ? Hex.decode(compact) : decodeBase64(compact);
  }

  static byte[] decode(String text, String encoding) throws OcmfDecodeException {
    String compact = WHITESPACE.matcher(text).replaceAll("");
    if (encoding == null || encoding.isBlank() || encoding.equalsIgnoreCase("hex")) {
      if (!HEX.matcher(compact).matches()) {
        throw new OcmfDecodeException("the signature data is not hex");
      }
      return Hex.decode(compact);
    }
    if (encoding.equalsIgnoreCase("base64")) {
      return decodeBase64(compact);
    }
    throw new OcmfDecodeException("unknown signature encoding (SE) " + encoding);
  }

  private static byte[] decodeBase64(String compact) throws OcmfDecodeException {
    try {
      return Base64.getDecoder().decode(compact);
    } catch (IllegalArgumentException e) {
      throw new OcmfDecodeException("neither hex nor base64");
    }
  }
}
