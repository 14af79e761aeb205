/**
 * The settlement exports a counterparty receives for a run: {@code lines.csv}, {@code
 * statement.csv} and {@code manifest.json}, byte-identical for the same inputs and rules.
 */
package org.evsettle.reports.export;
