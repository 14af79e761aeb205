/**
 * OCPI 2.2.1 input from operators' inboxes: {@code cdrs*.json} (charge detail records, read as
 * charging sessions, each session version keeping its CDR) and {@code tariffs*.json} (tariffs, kept
 * as sent). A JSON array or one object per line; every object validated against the OCPI object's
 * required fields and types, a bad one quarantined with its field, position and id.
 */
package org.evsettle.integrations.ocpi;
