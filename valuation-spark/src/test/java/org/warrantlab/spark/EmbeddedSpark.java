package org.warrantlab.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** Embedded Spark for the tests: one context at a time in a JVM, so each master is started and stopped in turn. */
final class EmbeddedSpark {

  private EmbeddedSpark() {
  }

  static JavaSparkContext start(String master) {
    return new JavaSparkContext(new SparkConf().setMaster(master).setAppName("warrantlab tests")
        .set("spark.ui.enabled", "false"));
  }
}
