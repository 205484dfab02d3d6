package org.warrantlab.cli.input;

import java.util.Optional;
import org.warrantlab.accounting.CarryForward;
import org.warrantlab.accounting.IssueCalibration;
import org.warrantlab.calibration.CalibrationTarget;
import org.warrantlab.scenario.NumericInput;

/**
 * Reads an issuance's {@code calibration} block: {@code solve} (the JSON path of a market input or financing
 * assumption, as in {@code warrantlab calibrate}), {@code price}, {@code per} and {@code carryForward}.
 */
final class IssueCalibrationReader {

  /** Whether the price is of one warrant or of the whole tranche. */
  enum Per { WARRANT, TOTAL }

  private IssueCalibrationReader() {
  }

  static IssueCalibration read(JsonObjectReader block) {
    String solve = block.text("solve");
    double price = block.number("price");
    String per = block.optionalText("per").orElse("warrant");
    CarryForward carry = block.enumValue("carryForward", CarryForward.class);
    Optional<NumericInput> input = input(block, solve);
    CalibrationTarget.Basis basis = switch (per) {
      case "warrant" -> CalibrationTarget.Basis.PER_WARRANT;
      case "total" -> CalibrationTarget.Basis.TOTAL;
      default -> {
        block.problems().report(new InputException(block.pathOf("per"), "must be warrant or total but was \""
            + per + "\""));
        yield CalibrationTarget.Basis.PER_WARRANT;
      }
    };
    return block.build(() -> new IssueCalibration(solve, input.orElseThrow(), price, basis, carry));
  }

  /** The place {@code solve} names: only a market input or a financing assumption can be carried forward. */
  private static Optional<NumericInput> input(JsonObjectReader block, String solve) {
    if (solve == null) {
      return Optional.empty();
    }
    if (!solve.startsWith("market.") && !solve.startsWith("financings[")) {
      block.problems().report(new InputException(block.pathOf("solve"), "(" + solve + ") must be a market input"
          + " or a financing assumption, e.g. market.volatility or financings[0].probability"));
      return Optional.empty();
    }
    try {
      return Optional.of(PerturbationPaths.number(solve));
    } catch (IllegalArgumentException e) {
      block.problems().report(new InputException(block.pathOf("solve"), e.getMessage()));
      return Optional.empty();
    }
  }
}
