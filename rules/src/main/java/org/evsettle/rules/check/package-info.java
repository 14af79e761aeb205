/**
 * Checking a pack as its regulator would: compile, lint, and run the worked examples the pack
 * carries in {@code examples/*.yaml}, comparing the lines produced with the lines expected.
 */
package org.evsettle.rules.check;
