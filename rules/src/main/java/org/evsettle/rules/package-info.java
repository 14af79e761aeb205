/**
 * The policy engine: loads regulator-edited policy packs (decision tables and DRL) from disk,
 * checks them, and evaluates them over a partition of a settlement period.
 */
package org.evsettle.rules;
