package org.evsettle.settlement.ocmf;

import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.jce.ECNamedCurveTable;
import org.bouncycastle.jce.spec.ECNamedCurveParameterSpec;
import org.bouncycastle.jce.spec.ECPublicKeySpec;

/**
 * A meter's public key with the curve it lies on. Registries hold it as a DER SubjectPublicKeyInfo
 * in hex; some chargers hand out only the bare point (x and y), whose curve then comes from the
 * dataset's signature algorithm.
 */
record MeterPublicKey(PublicKey key, OcmfSignatureAlgorithm curve) {

  static MeterPublicKey decode(String text, OcmfSignatureAlgorithm curveOfBarePoint)
      throws OcmfDecodeException {
    byte[] bytes;
    try {
      bytes = ByteText.decodeHexOrBase64(text);
    } catch (OcmfDecodeException e) {
      throw new OcmfDecodeException("the meter's public key is " + e.getMessage());
    }
    if (bytes.length > 0 && bytes[0] == 0x30) {
      return fromSubjectPublicKeyInfo(bytes);
    }
    return fromBarePoint(bytes, curveOfBarePoint);
  }

  boolean sameKeyAs(MeterPublicKey other) {
    return Arrays.equals(key.getEncoded(), other.key.getEncoded());
  }

  static MeterPublicKey fromSubjectPublicKeyInfo(byte[] der) throws OcmfDecodeException {
    try {
      SubjectPublicKeyInfo info = SubjectPublicKeyInfo.getInstance(der);
      if (!(info.getAlgorithm().getParameters() instanceof ASN1ObjectIdentifier curveOid)) {
        throw new OcmfDecodeException("the meter's public key is not on a named elliptic curve");
      }
      OcmfSignatureAlgorithm curve =
          OcmfSignatureAlgorithm.forCurve(curveOid)
              .orElseThrow(
                  () ->
                      new OcmfDecodeException(
                          "the meter's public key is on curve "
                              + curveOid
                              + ", which OCMF does not name"));
      PublicKey key =
          KeyFactory.getInstance("EC", Bouncy.PROVIDER).generatePublic(new X509EncodedKeySpec(der));
      return new MeterPublicKey(key, curve);
    } catch (OcmfDecodeException e) {
      throw e;
    } catch (Exception e) {
      throw new OcmfDecodeException("the meter's public key is not a DER SubjectPublicKeyInfo");
    }
  }

  private static MeterPublicKey fromBarePoint(byte[] point, OcmfSignatureAlgorithm curve)
      throws OcmfDecodeException {
    int coordinate = curve.coordinateBytes();
    byte[] uncompressed;
    if (point.length == 2 * coordinate) {
      uncompressed = new byte[point.length + 1];
      uncompressed[0] = 0x04;
      System.arraycopy(point, 0, uncompressed, 1, point.length);
    } else if (point.length == 2 * coordinate + 1 && point[0] == 0x04) {
      uncompressed = point;
    } else {
      throw new OcmfDecodeException(
          "the meter's public key is neither DER nor a point on " + curve.curve());
    }
    try {
      ECNamedCurveParameterSpec spec = ECNamedCurveTable.getParameterSpec(curve.curve());
      PublicKey key =
          KeyFactory.getInstance("EC", Bouncy.PROVIDER)
              .generatePublic(new ECPublicKeySpec(spec.getCurve().decodePoint(uncompressed), spec));
      return new MeterPublicKey(key, curve);
    } catch (Exception e) {
      throw new OcmfDecodeException("the meter's public key is not a point on " + curve.curve());
    }
  }
}
