/**
 * Maker-checker approval of policy packs as users meet it: submitting a checked pack, approving
 * another person's submission, and settle's refusal of a rule set nobody approved, each saying who
 * must do what next.
 */
package org.evsettle.batch.approval;
