/** The regulator and auditor workbooks and the CSV/JSON export writers of a settlement run. */
package org.evsettle.reports;
