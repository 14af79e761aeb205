/**
 * Evaluating a compiled pack over one partition of a period (an operator's records): facts go in
 * batches through short-lived sessions, phase by phase, and lines stream out to the caller.
 */
package org.evsettle.rules.engine;
