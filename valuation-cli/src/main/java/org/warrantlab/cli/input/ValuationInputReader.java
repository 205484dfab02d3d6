package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.ResolvedWarrant;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.pricer.SimulationSettings;

/** Maps the {@code value} command's JSON contract to core types, naming the JSON path of any bad field. */
public final class ValuationInputReader {

  private ValuationInputReader() {
  }

  public static ValuationInput read(JsonNode document) {
    JsonObjectReader root = JsonObjectReader.root(document);
    MarketData market = readMarket(root);
    List<ResolvedWarrant> book = readBook(root, market);
    List<Financing> financings = FinancingReader.read(root, market.valuationDate());
    SimulationSettings simulation = SimulationReader.read(root);
    List<String> notes = root.optionalTexts("notes");
    root.rejectUnknownFields();
    return new ValuationInput(market, book, financings, simulation, notes);
  }

  private static MarketData readMarket(JsonObjectReader root) {
    LocalDate valuationDate = root.date("valuationDate");
    return MarketReader.read(root.object("market"), valuationDate);
  }

  private static List<ResolvedWarrant> readBook(JsonObjectReader root, MarketData market) {
    List<ResolvedWarrant> book = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (JsonObjectReader entry : root.objects("warrants")) {
      Warrant warrant = WarrantReader.read(entry);
      if (!ids.add(warrant.id())) {
        throw new InputException(entry.pathOf("id"), "\"" + warrant.id() + "\" is used by an earlier tranche");
      }
      book.add(entry.withPath(() -> ResolvedWarrant.resolve(warrant, market)));
    }
    return book;
  }
}
