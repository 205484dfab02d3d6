package org.warrantlab.cli.report;

import java.time.Duration;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.cli.input.RollForwardInput;

/**
 * One run of the {@code rollforward} command, as its reports need it.
 *
 * @param source the input file as the user named it
 * @param input the input
 * @param result the roll-forward
 * @param elapsed wall time of the measurements
 */
public record RollForwardRun(String source, RollForwardInput input, LiabilityRollForward result, Duration elapsed) {
}
