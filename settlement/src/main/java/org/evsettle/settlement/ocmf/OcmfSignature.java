package org.evsettle.settlement.ocmf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The signature section of an OCMF dataset.
 *
 * @param algorithm {@code SA}, e.g. {@code ECDSA-secp256r1-SHA256}; absent means the default
 * @param encoding {@code SE}: hex (default) or base64
 * @param mimeType {@code SM}: application/x-der (default)
 * @param data {@code SD}: the signature itself
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OcmfSignature(
    @JsonProperty("SA") String algorithm,
    @JsonProperty("SE") String encoding,
    @JsonProperty("SM") String mimeType,
    @JsonProperty("SD") String data) {}
