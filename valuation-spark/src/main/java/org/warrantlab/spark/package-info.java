/**
 * The warrantlab studies on Apache Spark. A task rebuilds the study's cases from the command line, values
 * its slice of them and returns their figures only; the driver collects the slices in partition order, so
 * the report is byte-identical to the local command's on any number of executors and partitions.
 */
package org.warrantlab.spark;
