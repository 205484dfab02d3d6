package org.warrantlab.cli.report;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.warrantlab.accounting.LiabilityRollForward;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.audit.Reperformance;
import org.warrantlab.cli.input.RollForwardInput;

/**
 * One run of the {@code rollforward} command, as its reports need it.
 *
 * @param source the input file as the user named it
 * @param input the input, with the settings the run used
 * @param result the roll-forward
 * @param elapsed wall time of the measurements
 * @param audit the software, input fingerprint and settings of the run
 * @param reperformance the {@code value} input of each measurement
 * @param inputsDirectory the directory the user had them written to ({@code --emit-inputs}), if any
 */
public record RollForwardRun(String source, RollForwardInput input, LiabilityRollForward result, Duration elapsed,
    AuditTrail audit, List<Reperformance.Measurement> reperformance, Optional<String> inputsDirectory) {

  public RollForwardRun {
    reperformance = List.copyOf(reperformance);
  }
}
