package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.Set;
import org.warrantlab.event.BusinessCombination;
import org.warrantlab.event.CorporateEvents;
import org.warrantlab.event.Financing;
import org.warrantlab.event.FundamentalTransaction;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;
import org.warrantlab.scenario.ValuationInputs;

/** Maps the {@code value} command's JSON contract to core types, naming the JSON path of any bad field. */
public final class ValuationInputReader {

  private ValuationInputReader() {
  }

  /** The input; the first problem is thrown as an {@link InputException}. */
  public static ValuationInput read(JsonNode document) {
    return read(document, Problems.failFast()).orElseThrow();
  }

  /** The input, or empty when {@code problems} (collecting) records any. */
  public static Optional<ValuationInput> read(JsonNode document, Problems problems) {
    return problems.attempt(() -> {
      JsonObjectReader root = JsonObjectReader.root(document, problems);
      LocalDate valuationDate = root.date("valuationDate");
      Optional<MarketData> market = root.object("market", object -> MarketReader.read(object, valuationDate))
          .filter(m -> valuationDate != null);
      Optional<BusinessCombination> combination = CorporateEventReader.businessCombination(root);
      List<ResolvedWarrant> book = readBook(root, market, combination);
      List<Financing> financings = FinancingReader.read(root, valuationDate);
      Optional<FundamentalTransaction> transaction = CorporateEventReader.fundamentalTransaction(root);
      SimulationSettings simulation = SimulationReader.read(root);
      List<String> notes = root.optionalTexts("notes");
      Supplier<ReportingEntity> entity = ReportingEntity.read(root);
      return root.build(() -> new ValuationInput(ValuationInputs.of(market.orElseThrow(), book, financings,
          simulation, new CorporateEvents(combination, transaction)), notes, entity.get()));
    });
  }

  /** The tranches, each resolved against the market where it could be read. */
  private static List<ResolvedWarrant> readBook(JsonObjectReader root, Optional<MarketData> market,
      Optional<BusinessCombination> combination) {
    Set<String> ids = new HashSet<>();
    return root.objects("warrants", entry -> {
      Warrant warrant = WarrantReader.read(entry, combination);
      if (!ids.add(warrant.id())) {
        throw new InputException(entry.pathOf("id"), "\"" + warrant.id() + "\" is used by an earlier tranche");
      }
      return market.map(m -> entry.withPath(() -> ResolvedWarrant.resolve(warrant, m))).orElse(null);
    });
  }
}
