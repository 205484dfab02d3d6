package org.warrantlab.cli;

import java.util.Optional;
import org.warrantlab.attribution.AttributionOrder;
import org.warrantlab.cli.report.AttributionText;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --attribution-order} option: how a change in fair value is split by input. */
final class AttributionOrderOption {

  @Spec(Spec.Target.MIXEE)
  private CommandSpec command;

  private Optional<AttributionOrder> order = Optional.empty();

  @Option(names = "--attribution-order", paramLabel = "ORDER",
      description = "Split the change by substituting the inputs in this order, comma separated (those not named"
          + " follow in the default order " + "time,sharePrice,volatility,rates,dividendYield,sharesOutstanding,"
          + "financing,terms,other), or 'shapley' for the average over every order.")
  void order(String text) {
    try {
      order = Optional.of(AttributionText.parseOrder(text));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), "--attribution-order " + text + ": " + e.getMessage());
    }
  }

  /** The order asked for, if any. */
  Optional<AttributionOrder> requested() {
    return order;
  }

  AttributionOrder orDefault() {
    return order.orElse(AttributionOrder.DEFAULT);
  }
}
