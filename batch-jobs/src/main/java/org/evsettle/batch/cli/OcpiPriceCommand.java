package org.evsettle.batch.cli;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.evsettle.settlement.ocpi.Cdr;
import org.evsettle.settlement.ocpi.OcpiJson;
import org.evsettle.settlement.ocpi.OcpiPricer;
import org.evsettle.settlement.ocpi.OcpiPricingException;
import org.evsettle.settlement.ocpi.PricedSession;
import org.evsettle.settlement.ocpi.Tariff;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code evsettle ocpi price TARIFF CDR [--zone ZONE]}: a CDR priced with a tariff, period by
 * period, and its totals beside the ones the CDR states. Reads two files, starts no database.
 */
@Command(
    name = "price",
    mixinStandardHelpOptions = true,
    description = {
      "Price an OCPI 2.2.1 CDR's charging periods with a tariff, as the specification says: each"
          + " period's dimensions (volume, billed volume, tariff element/price component, price"
          + " excl. and incl. VAT), then the totals, each beside the CDR's own figure when it"
          + " states one (\"matches\" or \"differs by X\", compared at 4 decimals).",
      "Exits 1 with the file and the field when a file cannot be read, and with both files when"
          + " the tariff cannot price the CDR (another currency, not valid at its start)."
    })
public class OcpiPriceCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "TARIFF", description = "The tariff, OCPI 2.2.1 JSON.")
  Path tariffFile;

  @Parameters(index = "1", paramLabel = "CDR", description = "The CDR, OCPI 2.2.1 JSON.")
  Path cdrFile;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      defaultValue = "UTC",
      description =
          "Time zone of the charging location, in which the tariff's times of day, dates and"
              + " days of the week are read (default: ${DEFAULT-VALUE}).")
  ZoneId zone;

  @Override
  public Integer call() {
    Tariff tariff = OcpiJson.readTariff(tariffFile);
    Cdr cdr = OcpiJson.readCdr(cdrFile);
    PricedSession priced;
    try {
      priced = new OcpiPricer(zone).price(cdr, tariff);
    } catch (OcpiPricingException e) {
      throw new OcpiPricingException(
          tariffFile + " cannot price " + cdrFile + ": " + e.getMessage());
    }
    OcpiPriceReport.print(System.out, cdrFile, cdr, priced);
    return 0;
  }
}
