/**
 * The run's workbooks: the regulator's (figures by operator, energy by window with a chart,
 * subsidies, compliance, data quality) and the auditor's (every line with its trace, streamed).
 */
package org.evsettle.reports.workbook;
