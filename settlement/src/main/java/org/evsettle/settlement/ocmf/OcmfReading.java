package org.evsettle.settlement.ocmf;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One meter reading ({@code RD} entry) as the payload states it. The value is kept as the text the
 * meter wrote (numbers and strings alike) so that it is read as a decimal, never through a double.
 *
 * @param time {@code TM}: time and synchronisation state, e.g. {@code 2018-07-24T13:22:04,000+0200
 *     S}
 * @param transaction {@code TX}: reason for the reading, B begin, C charging, X exception,
 *     E/L/R/A/P end, S suspended, T tariff change; absent outside a transaction
 * @param value {@code RV}: the reading as written
 * @param identification {@code RI}: OBIS code of the register read
 * @param unit {@code RU}: kWh, Wh, or a non-energy unit
 * @param currentType {@code RT}: AC or DC
 * @param cumulatedLoss {@code CL}: loss already subtracted, same unit as the value
 * @param errorFlags {@code EF}: quantities no longer usable, E energy, t time
 * @param status {@code ST}: meter state, G when good
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OcmfReading(
    @JsonProperty("TM") String time,
    @JsonProperty("TX") String transaction,
    @JsonProperty("RV") String value,
    @JsonProperty("RI") String identification,
    @JsonProperty("RU") String unit,
    @JsonProperty("RT") String currentType,
    @JsonProperty("CL") String cumulatedLoss,
    @JsonProperty("EF") String errorFlags,
    @JsonProperty("ST") String status) {}
