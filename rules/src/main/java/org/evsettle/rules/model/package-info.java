/**
 * The fact model: everything a rule file may see and use. Rule files are linted to stay inside it
 * (plus java.math, java.time and java.util collections): no I/O, reflection, threads or processes.
 */
package org.evsettle.rules.model;
