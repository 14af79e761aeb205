/**
 * The evsettle application: the Spring Boot context that wires the modules together, the command
 * line, and (with the settlement issue) the Spring Batch jobs.
 */
package org.evsettle.batch;
