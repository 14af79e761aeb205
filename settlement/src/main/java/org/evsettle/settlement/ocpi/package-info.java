/**
 * OCPI 2.2.1 tariffs: the Tariff and CDR objects as JSON brings them (parsed with a reason naming
 * the field and element index for anything wrong), and {@link
 * org.evsettle.settlement.ocpi.OcpiPricer}, which prices a CDR's charging periods with a tariff as
 * the specification (mod_tariffs, with its errata) says, period by period and dimension by
 * dimension, into the CDR's {@code total_*} figures. Plain Java and Jackson: no framework.
 */
package org.evsettle.settlement.ocpi;
