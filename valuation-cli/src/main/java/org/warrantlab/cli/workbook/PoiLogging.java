package org.warrantlab.cli.workbook;

/**
 * Apache POI logs through the Log4j API, which without a logging implementation prints an error on first use;
 * its simple logger keeps POI's rare errors on standard error and says nothing else.
 */
final class PoiLogging {

  private static final String FACTORY = "log4j2.loggerContextFactory";

  private PoiLogging() {
  }

  /** Call before the first POI class loads; a factory the user chose (-D) is kept. */
  static void useSimpleLogger() {
    if (System.getProperty(FACTORY) == null) {
      System.setProperty(FACTORY, "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
  }
}
