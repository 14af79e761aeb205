/** Publishing a completed run: exports for every utility and for the regulator's fund. */
package org.evsettle.batch.publish;
