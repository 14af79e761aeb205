/**
 * The settlement domain: money, energy, the records that operators, utilities and the regulator
 * send (chargers, sessions, discharges, interval readings, dispatch events, station ratings, sites,
 * utilities' prices and carbon intensity), their versions, and the receipts and quarantined rows of
 * ingestion. Plain values: no framework types.
 */
package org.evsettle.settlement.domain;
