/**
 * The ledger: settlement runs of a period and their lines, adjustments against the previous run,
 * and the inputs of a run read as the latest version of every record.
 */
package org.evsettle.settlement.ledger;
