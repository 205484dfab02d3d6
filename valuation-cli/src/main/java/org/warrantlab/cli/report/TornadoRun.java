package org.warrantlab.cli.report;

import java.time.Duration;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.sweep.Tornado;

/**
 * One run of the {@code tornado} command, as reported.
 *
 * @param source the input file as the user named it
 * @param input what the file held (the base case)
 * @param tornado the bars, widest first
 * @param settings the simulation settings of every valuation
 * @param threads worker threads (never changes a figure)
 * @param elapsed wall-clock time (tables only)
 * @param audit the software, input fingerprint and settings of every valuation
 */
public record TornadoRun(String source, ValuationInput input, Tornado tornado, SimulationSettings settings,
    int threads, Duration elapsed, AuditTrail audit) {
}
