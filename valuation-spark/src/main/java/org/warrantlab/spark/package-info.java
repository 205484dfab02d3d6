/**
 * warrantlab on Apache Spark. A task rebuilds what it runs from the command line (a study's cases, a run's
 * blocks), values its slice and returns figures or block statistics only; the driver collects them in
 * partition order and merges in block order, so the output is byte-identical to the local command's on any
 * number of executors and partitions.
 */
package org.warrantlab.spark;
