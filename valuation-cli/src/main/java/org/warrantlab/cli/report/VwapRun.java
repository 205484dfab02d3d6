package org.warrantlab.cli.report;

import java.time.LocalDate;
import org.warrantlab.cli.audit.FileTrail;
import org.warrantlab.market.VwapMeasurement;

/**
 * One run of the {@code vwap} command, as reported.
 *
 * @param source the price file as the user named it
 * @param end the requested last date
 * @param discount the financing discount, or null when none was asked for
 * @param measurement the result
 * @param audit the software and the price file's fingerprint
 */
public record VwapRun(String source, LocalDate end, Double discount, VwapMeasurement measurement, FileTrail audit) {
}
