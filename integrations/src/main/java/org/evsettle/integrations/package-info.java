/**
 * Integrations: how records get in and exports get out. Inbound files are read row by row, mapped
 * (directly or through an import profile) onto the canonical records, validated and stored as
 * versioned input records; every file gets a receipt and every rejected row is kept with a reason.
 */
package org.evsettle.integrations;
