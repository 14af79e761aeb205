/**
 * Import profiles: YAML files that map a foreign CSV layout (column names, date formats, time zone,
 * units, constants, derived record ids) onto the canonical records, so an operator's existing
 * export can be sent as it is.
 */
package org.evsettle.integrations.profile;
