/** The comparison a what-if writes: a workbook for the regulator and CSV files for tools. */
package org.evsettle.reports.whatif;
