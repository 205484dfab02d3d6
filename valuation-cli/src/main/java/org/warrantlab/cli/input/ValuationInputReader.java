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
      boolean volatilityByTranche = TrancheVolatilities.given(document);
      Optional<MarketData> read = root.object("market",
          object -> MarketReader.read(object, valuationDate, volatilityByTranche)).filter(m -> valuationDate != null);
      Optional<BusinessCombination> combination = CorporateEventReader.businessCombination(root);
      List<TrancheVolatilities.Given> tranches = readBook(root, read, volatilityByTranche, combination);
      List<ResolvedWarrant> book = tranches.stream().map(TrancheVolatilities.Given::warrant).toList();
      Optional<MarketData> market = volatilityByTranche && !root.hasProblems()
          ? read.map(m -> m.withVolatility(TrancheVolatilities.curve(tranches))) : read;
      List<Financing> financings = FinancingReader.read(root, valuationDate);
      Optional<FundamentalTransaction> transaction = CorporateEventReader.fundamentalTransaction(root);
      SimulationSettings simulation = SimulationReader.read(root);
      List<String> notes = root.optionalTexts("notes");
      Supplier<ReportingEntity> entity = ReportingEntity.read(root);
      return root.build(() -> new ValuationInput(ValuationInputs.of(market.orElseThrow(), book, financings,
          simulation, new CorporateEvents(combination, transaction)), notes, entity.get()));
    });
  }

  /**
   * The tranches, each resolved against the market where it could be read, with its own volatility when the
   * tranches give it (otherwise NaN, never read).
   */
  private static List<TrancheVolatilities.Given> readBook(JsonObjectReader root, Optional<MarketData> market,
      boolean volatilityByTranche, Optional<BusinessCombination> combination) {
    Set<String> ids = new HashSet<>();
    return root.objects("warrants", entry -> {
      double volatility = volatilityByTranche ? entry.number("volatility") : Double.NaN;
      Warrant warrant = WarrantReader.read(entry, combination);
      if (!ids.add(warrant.id())) {
        throw new InputException(entry.pathOf("id"), "\"" + warrant.id() + "\" is used by an earlier tranche");
      }
      if (volatilityByTranche && (!(volatility >= 0) || Double.isInfinite(volatility))) {
        throw new InputException(entry.pathOf("volatility"), "must be non-negative and finite but was " + volatility);
      }
      return market.map(m -> new TrancheVolatilities.Given(entry.withPath(() -> ResolvedWarrant.resolve(warrant, m)),
          volatility, entry.pathOf("volatility"))).orElse(null);
    });
  }
}
