/**
 * Policy packs: reading a pack folder (pack.yaml, decision tables, DRL), linting and compiling it
 * with messages a regulator can act on, identifying it by the SHA-256 of its files, and choosing
 * the version effective for a period.
 */
package org.evsettle.rules.pack;
