/**
 * The {@code settle} job: one settlement run of a period, partitioned by operator, restartable,
 * with adjustments against the previous run.
 */
package org.evsettle.batch.settle;
