package org.evsettle.settlement.ocpi;

import java.math.BigDecimal;

/** One measurement of a charging period: kWh, hours, A, kW or percent, as its type says. */
public record CdrDimension(CdrDimensionType type, BigDecimal volume) {}
