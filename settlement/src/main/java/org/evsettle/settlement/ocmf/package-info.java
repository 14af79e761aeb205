/**
 * Verifying OCMF (Open Charge Metering Format, S.A.F.E. e.V.) signed meter values: decoding the
 * {@code OCMF|payload|signature} datasets a charger sends, checking the ECDSA signature with
 * BouncyCastle on every curve the format names, and checking that the readings make a usable
 * session (same meter, begin and end present and in order, no error flags, continuous pagination,
 * energy agreeing with what the operator reported). The entry point is {@link
 * org.evsettle.settlement.ocmf.OcmfVerifier}; it never throws on bad input.
 */
package org.evsettle.settlement.ocmf;
