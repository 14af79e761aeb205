/** The {@code evsettle} command line (picocli): one class per command. */
package org.evsettle.batch.cli;
