package org.warrantlab.cli.report;

import java.time.Duration;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.pricer.BookValuation;

/**
 * One run of the {@code value} command, as reported.
 *
 * @param source the input file as the user named it
 * @param input what the file held (echoed beside the results)
 * @param valuation the result, with the market and settings used
 * @param elapsed wall-clock time of the valuation (shown in tables only, so JSON and CSV stay reproducible)
 * @param audit the software, input fingerprint and settings of the run
 */
public record ValuationRun(String source, ValuationInput input, BookValuation valuation, Duration elapsed,
    AuditTrail audit) {
}
