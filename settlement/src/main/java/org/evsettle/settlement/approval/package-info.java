/**
 * Maker-checker approval of policy packs: who submitted a pack version's rule set (by its SHA-256)
 * and who else approved it. Settling refuses a rule set that has no approval here.
 */
package org.evsettle.settlement.approval;
