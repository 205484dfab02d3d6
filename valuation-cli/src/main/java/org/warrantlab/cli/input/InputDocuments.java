package org.warrantlab.cli.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.ReportingPeriod;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * Whole input files written back from what was read: a {@code value} input and a {@code rollforward} input,
 * each readable again by its reader to the same objects, so a report's echo can be run again as it stands.
 */
public final class InputDocuments {

  private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

  private InputDocuments() {
  }

  /** A {@code value} input valuing {@code warrants} with the market and financings of {@code inputs}. */
  public static ObjectNode valueInput(ReportingEntity entity, List<String> notes, MarketData market,
      List<Warrant> warrants, List<Financing> financings, SimulationSettings settings) {
    ObjectNode root = JSON.createObjectNode();
    heading(root, entity, notes);
    root.put("valuationDate", market.valuationDate().toString());
    root.set("market", AssumptionsJson.market(market));
    ArrayNode tranches = root.putArray("warrants");
    warrants.forEach(warrant -> tranches.add(TermsJson.warrant(warrant)));
    root.set("financings", AssumptionsJson.financings(financings));
    root.set("simulation", AssumptionsJson.simulation(settings));
    return root;
  }

  /** The {@code value} input of a book already read, with the settings it ran with. */
  public static ObjectNode valueInput(ValuationInput input, SimulationSettings settings) {
    ObjectNode root = valueInput(input.entity(), input.notes(), input.market(),
        input.book().stream().map(resolved -> resolved.warrant()).toList(), input.financings(), settings);
    ContingencyJson.events(root, input.events());
    return root;
  }

  /** The {@code rollforward} input of a plan, with its settings. */
  public static ObjectNode rollForwardInput(RollForwardInput input) {
    RollForwardPlan plan = input.plan();
    ObjectNode root = JSON.createObjectNode();
    heading(root, input.entity(), input.notes());
    root.put("fiscalYearStart", plan.calendar().yearStart().toString().substring(2));
    ObjectNode opening = root.putObject("opening");
    opening.put("date", plan.opening().date().toString());
    assumptions(opening, plan.opening());
    ArrayNode tranches = root.putArray("warrants");
    plan.tranches().forEach(warrant -> tranches.add(TermsJson.warrant(warrant)));
    ArrayNode periods = root.putArray("periods");
    for (ReportingPeriod period : plan.periods()) {
      ObjectNode node = periods.addObject();
      node.put("end", period.end().toString());
      node.put("weightedAverageShares", period.weightedAverageShares());
      period.yearToDateWeightedAverageShares().ifPresent(shares -> node.put("yearToDateWeightedAverageShares", shares));
      assumptions(node, period.closing());
      ArrayNode events = node.putArray("events");
      for (BookEvent event : period.events()) {
        events.add(EventJson.event(event, period.closing().financings()));
      }
    }
    root.set("simulation", AssumptionsJson.simulation(plan.settings()));
    return root;
  }

  /** The document as the files of this project are written: indented, ending in a newline. */
  public static String text(ObjectNode document) {
    try {
      return JSON.writeValueAsString(document) + System.lineSeparator();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the input file", e);
    }
  }

  private static void heading(ObjectNode root, ReportingEntity entity, List<String> notes) {
    entity.name().ifPresent(name -> root.put("entity", name));
    entity.currency().ifPresent(currency -> root.put("currency", currency));
    ArrayNode array = root.putArray("notes");
    notes.forEach(array::add);
  }

  /** The market and financings of a measurement, beside its date. */
  private static void assumptions(ObjectNode node, MeasurementInputs inputs) {
    node.set("market", AssumptionsJson.market(inputs.market()));
    node.set("financings", AssumptionsJson.financings(inputs.financings()));
  }
}
