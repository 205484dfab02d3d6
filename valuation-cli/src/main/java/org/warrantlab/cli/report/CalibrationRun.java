package org.warrantlab.cli.report;

import java.time.Duration;
import java.util.OptionalDouble;
import org.warrantlab.calibration.Calibration;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.ValuationInput;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * One run of the {@code calibrate} command, as reported.
 *
 * @param source the input file as the user named it
 * @param input what the file held
 * @param path the JSON path of the input solved for
 * @param fileValue the number the file states there, or empty where it leaves the field out
 * @param calibration the solved input and how it was found
 * @param settings the simulation settings of every trial
 * @param elapsed wall-clock time (tables only)
 * @param audit the software, input fingerprint and settings of the run
 */
public record CalibrationRun(String source, ValuationInput input, String path, OptionalDouble fileValue,
    Calibration calibration, SimulationSettings settings, Duration elapsed, AuditTrail audit) {
}
