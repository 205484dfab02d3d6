package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.OptionalLong;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.FiscalCalendar;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.ReportingPeriod;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.market.MarketData;
import org.warrantlab.montecarlo.SimulationSettings;

/**
 * Maps the {@code rollforward} command's JSON to a {@link RollForwardPlan}: the tranches on their
 * original terms, the {@code opening} measurement, and the {@code periods} with their events.
 */
public final class RollForwardInputReader {

  private RollForwardInputReader() {
  }

  /** The input; the first problem is thrown as an {@link InputException}. */
  public static RollForwardInput read(JsonNode document) {
    return read(document, Problems.failFast()).orElseThrow();
  }

  /** The input, or empty when {@code problems} (collecting) records any. */
  public static Optional<RollForwardInput> read(JsonNode document, Problems problems) {
    return problems.attempt(() -> {
      JsonObjectReader root = JsonObjectReader.root(document, problems);
      FiscalCalendar calendar = fiscalCalendar(root);
      Optional<MeasurementInputs> opening = root.object("opening", object -> measurement(object, "date"));
      List<Warrant> tranches = root.objects("warrants", WarrantReader::read);
      List<ReportingPeriod> periods = root.objects("periods", RollForwardInputReader::period);
      SimulationSettings simulation = SimulationReader.read(root);
      List<String> notes = root.optionalTexts("notes");
      Supplier<ReportingEntity> entity = ReportingEntity.read(root);
      return root.build(() -> new RollForwardInput(
          new RollForwardPlan(tranches, opening.orElseThrow(), periods, calendar, simulation), notes, entity.get()));
    });
  }

  /** {@code fiscalYearStart} as "MM-DD" (e.g. "04-01"); the calendar year when absent. */
  private static FiscalCalendar fiscalCalendar(JsonObjectReader root) {
    return root.optionalText("fiscalYearStart").map(text -> {
      try {
        return new FiscalCalendar(MonthDay.parse("--" + text));
      } catch (DateTimeException e) {
        root.problems().report(new InputException(root.pathOf("fiscalYearStart"), "must be a month and day as"
            + " MM-DD, such as \"04-01\" for a year starting April 1, but was \"" + text + "\""));
        return FiscalCalendar.CALENDAR_YEAR;
      }
    }).orElse(FiscalCalendar.CALENDAR_YEAR);
  }

  /** The market inputs on the object's date and its financing assumptions. */
  private static MeasurementInputs measurement(JsonObjectReader object, String dateField) {
    MeasurementFields fields = MeasurementFields.read(object, dateField);
    return object.build(fields::inputs);
  }

  private static ReportingPeriod period(JsonObjectReader period) {
    MeasurementFields closing = MeasurementFields.read(period, "end");
    List<BookEvent> events = period.optionalObjects("events", event -> EventReader.read(event, closing.financings()));
    long shares = period.wholeNumber("weightedAverageShares");
    OptionalLong yearToDateShares = period.optionalWholeNumber("yearToDateWeightedAverageShares")
        .map(OptionalLong::of).orElse(OptionalLong.empty());
    return period.build(() -> new ReportingPeriod(closing.inputs(), shares, yearToDateShares, events));
  }

  /** The date, financings and market of a measurement, as read; the inputs are made when its object is built. */
  private record MeasurementFields(List<Financing> financings, Optional<MarketData> market) {

    static MeasurementFields read(JsonObjectReader object, String dateField) {
      LocalDate date = object.date(dateField);
      List<Financing> financings = FinancingReader.read(object, date);
      return new MeasurementFields(financings, object.object("market", m -> MarketReader.read(m, date)));
    }

    MeasurementInputs inputs() {
      return new MeasurementInputs(market.orElseThrow(), financings);
    }
  }
}
