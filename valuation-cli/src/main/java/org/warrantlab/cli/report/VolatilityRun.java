package org.warrantlab.cli.report;

import java.time.LocalDate;
import org.warrantlab.cli.audit.FileTrail;
import org.warrantlab.market.VolatilityEstimate;

/**
 * One run of the {@code vol} command, as reported.
 *
 * @param source the price file as the user named it
 * @param termYears the remaining term the look-back was matched to, or null for a {@code --from}/{@code --to} window
 * @param from the requested first date, or null for a term-matched look-back
 * @param to the requested last date (the file's last date when none was given)
 * @param estimate the result
 * @param audit the software and the price file's fingerprint
 */
public record VolatilityRun(String source, Double termYears, LocalDate from, LocalDate to, VolatilityEstimate estimate,
    FileTrail audit) {
}
