/** What-ifs: a draft pack settled against a period's latest inputs, beside the ledger. */
package org.evsettle.batch.whatif;
