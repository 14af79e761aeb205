package org.evsettle.batch.cli;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.evsettle.settlement.ocpi.Cdr;
import org.evsettle.settlement.ocpi.PriceLimit;
import org.evsettle.settlement.ocpi.PricedDimension;
import org.evsettle.settlement.ocpi.PricedPeriod;
import org.evsettle.settlement.ocpi.PricedSession;
import org.evsettle.settlement.ocpi.TariffDimensionType;

/**
 * The table {@code ocpi price} prints. Amounts and volumes at 4 decimals (half up), the precision
 * OCPI's reference implementation compares at; the pricer itself keeps full scale.
 */
final class OcpiPriceReport {

  private static final String ROW = "%-22s %-18s %12s %12s  %-9s %12s %12s%n";
  private static final String TOTAL = "%-30s %14s %14s  %s%n";

  private OcpiPriceReport() {}

  static void print(PrintStream out, Path cdrFile, Cdr cdr, PricedSession s) {
    out.printf(
        "ocpi price: %s with tariff %s (%s), zone %s: %d period(s)%n",
        cdrFile, s.tariffId(), s.currency(), s.zone(), s.periods().size());
    out.printf(
        ROW, "period start", "dimension", "volume", "billed", "elem/comp", "excl VAT", "incl VAT");
    for (PricedPeriod period : s.periods()) {
      for (PricedDimension d : period.dimensions()) {
        out.printf(
            ROW,
            period.start(),
            (d.reservation() ? "RESERVATION " : "") + d.type(),
            volume(d.type(), d.volume()),
            volume(d.type(), d.billedVolume()),
            d.isPriced() ? d.elementIndex() + "/" + d.componentIndex() : "none",
            d.isPriced() ? amount(d.cost().exclVat()) : "-",
            d.isPriced() ? amount(d.cost().inclVat()) : "-");
      }
    }
    if (s.limit() != PriceLimit.NONE) {
      out.printf(
          "total_cost set by the tariff's %s: the components came to %s excl. VAT, %s incl.%n",
          s.limit() == PriceLimit.MIN_PRICE ? "min_price" : "max_price",
          amount(s.componentsCost().exclVat()),
          amount(s.componentsCost().inclVat()));
    }
    Map<String, BigDecimal> priced = s.totals().figures();
    Map<String, BigDecimal> stated = cdr.stated().figures();
    Set<String> names = new LinkedHashSet<>(priced.keySet());
    names.addAll(stated.keySet());
    out.printf(TOTAL, "total", "priced", "CDR states", "");
    for (String name : names) {
      BigDecimal ours = priced.get(name);
      BigDecimal theirs = stated.get(name);
      out.printf(TOTAL, name, amount(ours), amount(theirs), verdict(ours, theirs));
    }
  }

  /** Whether a total agrees with the CDR's, both at 4 decimals; a figure not priced counts as 0. */
  private static String verdict(BigDecimal ours, BigDecimal theirs) {
    if (theirs == null) {
      return "";
    }
    BigDecimal difference = round(ours == null ? BigDecimal.ZERO : ours).subtract(round(theirs));
    return difference.signum() == 0 ? "matches" : "differs by " + difference.toPlainString();
  }

  private static String volume(TariffDimensionType type, BigDecimal volume) {
    return switch (type) {
      case ENERGY -> amount(volume) + " kWh";
      case TIME, PARKING_TIME -> amount(volume) + " h";
      case FLAT -> "1";
    };
  }

  private static String amount(BigDecimal value) {
    return value == null ? "-" : round(value).toPlainString();
  }

  private static BigDecimal round(BigDecimal value) {
    return value.setScale(4, RoundingMode.HALF_UP);
  }
}
