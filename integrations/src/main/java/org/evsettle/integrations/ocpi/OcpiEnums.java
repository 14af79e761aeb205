package org.evsettle.integrations.ocpi;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.evsettle.settlement.ocpi.CdrDimensionType;
import org.evsettle.settlement.ocpi.TariffDimensionType;

/** The values of the OCPI 2.2.1 enums a CDR or tariff uses, as the specification lists them. */
final class OcpiEnums {

  private OcpiEnums() {}

  static final Set<String> TOKEN_TYPE = Set.of("AD_HOC_USER", "APP_USER", "OTHER", "RFID");
  static final Set<String> AUTH_METHOD = Set.of("AUTH_REQUEST", "COMMAND", "WHITELIST");
  static final Set<String> CONNECTOR_FORMAT = Set.of("SOCKET", "CABLE");
  static final Set<String> POWER_TYPE =
      Set.of("AC_1_PHASE", "AC_2_PHASE", "AC_2_PHASE_SPLIT", "AC_3_PHASE", "DC");
  static final Set<String> CONNECTOR_TYPE =
      Set.of(
          "CHADEMO",
          "CHAOJI",
          "DOMESTIC_A",
          "DOMESTIC_B",
          "DOMESTIC_C",
          "DOMESTIC_D",
          "DOMESTIC_E",
          "DOMESTIC_F",
          "DOMESTIC_G",
          "DOMESTIC_H",
          "DOMESTIC_I",
          "DOMESTIC_J",
          "DOMESTIC_K",
          "DOMESTIC_L",
          "DOMESTIC_M",
          "DOMESTIC_N",
          "DOMESTIC_O",
          "GBT_AC",
          "GBT_DC",
          "IEC_60309_2_single_16",
          "IEC_60309_2_three_16",
          "IEC_60309_2_three_32",
          "IEC_60309_2_three_64",
          "IEC_62196_T1",
          "IEC_62196_T1_COMBO",
          "IEC_62196_T2",
          "IEC_62196_T2_COMBO",
          "IEC_62196_T3A",
          "IEC_62196_T3C",
          "NEMA_5_20",
          "NEMA_6_30",
          "NEMA_6_50",
          "NEMA_10_30",
          "NEMA_10_50",
          "NEMA_14_30",
          "NEMA_14_50",
          "PANTOGRAPH_BOTTOM_UP",
          "PANTOGRAPH_TOP_DOWN",
          "TESLA_R",
          "TESLA_S");
  // the pricer reads these into its own enums: ingest accepts exactly what it can read
  static final Set<String> CDR_DIMENSION_TYPE = names(CdrDimensionType.values());
  static final Set<String> TARIFF_DIMENSION_TYPE = names(TariffDimensionType.values());

  private static Set<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).collect(Collectors.toUnmodifiableSet());
  }
}
