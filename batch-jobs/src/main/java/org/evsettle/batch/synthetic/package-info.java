/** Synthetic inputs with a fixed seed, for benchmarks and demonstrations. */
package org.evsettle.batch.synthetic;
