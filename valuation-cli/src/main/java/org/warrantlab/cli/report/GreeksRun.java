package org.warrantlab.cli.report;

import java.time.Duration;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.greeks.BookGreeks;

/**
 * One run of the {@code greeks} command, as reported.
 *
 * @param source the input file as the user named it
 * @param input what the file held
 * @param greeks the result
 * @param elapsed wall-clock time (tables only)
 * @param audit the software, input fingerprint and settings of the run
 */
public record GreeksRun(String source, ValuationInput input, BookGreeks greeks, Duration elapsed,
    AuditTrail audit) {
}
