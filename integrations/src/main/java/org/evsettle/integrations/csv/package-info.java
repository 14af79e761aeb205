/**
 * Reading CSV files as senders send them: UTF-8 with or without a BOM, CRLF or LF, RFC 4180
 * quoting, each row with the physical line it starts on, and its fields read by canonical name.
 */
package org.evsettle.integrations.csv;
