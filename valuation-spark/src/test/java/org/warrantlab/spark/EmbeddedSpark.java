package org.warrantlab.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;

/** One embedded Spark on two cores for all the tests of the module: starting Spark takes seconds. */
final class EmbeddedSpark {

  private static JavaSparkContext context;

  private EmbeddedSpark() {
  }

  static synchronized JavaSparkContext context() {
    if (context == null) {
      context = new JavaSparkContext(new SparkConf().setMaster("local[2]").setAppName("warrantlab tests")
          .set("spark.ui.enabled", "false"));
      Runtime.getRuntime().addShutdownHook(new Thread(context::stop));
    }
    return context;
  }
}
