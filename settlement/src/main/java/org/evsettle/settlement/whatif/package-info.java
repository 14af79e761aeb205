/**
 * What-ifs: a draft pack's lines over a period's latest inputs, held apart from the ledger and
 * compared with the period's latest run, amount by amount, record by record and session by session.
 */
package org.evsettle.settlement.whatif;
