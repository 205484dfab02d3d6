package org.warrantlab.cli.input;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.warrantlab.accounting.BookEvent;
import org.warrantlab.accounting.FiscalCalendar;
import org.warrantlab.accounting.MeasurementInputs;
import org.warrantlab.accounting.ReportingPeriod;
import org.warrantlab.accounting.RollForwardPlan;
import org.warrantlab.event.Financing;
import org.warrantlab.instrument.Warrant;
import org.warrantlab.pricer.SimulationSettings;

/**
 * Maps the {@code rollforward} command's JSON to a {@link RollForwardPlan}: the tranches on their
 * original terms, the {@code opening} measurement, and the {@code periods} with their events.
 */
public final class RollForwardInputReader {

  private RollForwardInputReader() {
  }

  public static RollForwardInput read(JsonNode document) {
    JsonObjectReader root = JsonObjectReader.root(document);
    FiscalCalendar calendar = fiscalCalendar(root);
    MeasurementInputs opening = measurement(root.object("opening"), "date");
    List<Warrant> tranches = new ArrayList<>();
    root.objects("warrants").forEach(entry -> tranches.add(WarrantReader.read(entry)));
    List<ReportingPeriod> periods = new ArrayList<>();
    root.objects("periods").forEach(period -> periods.add(period(period)));
    SimulationSettings simulation = SimulationReader.read(root);
    List<String> notes = root.optionalTexts("notes");
    root.rejectUnknownFields();
    return new RollForwardInput(
        root.withPath(() -> new RollForwardPlan(tranches, opening, periods, calendar, simulation)), notes);
  }

  /** {@code fiscalYearStart} as "MM-DD" (e.g. "04-01"); the calendar year when absent. */
  private static FiscalCalendar fiscalCalendar(JsonObjectReader root) {
    return root.optionalText("fiscalYearStart").map(text -> {
      try {
        return new FiscalCalendar(MonthDay.parse("--" + text));
      } catch (DateTimeException e) {
        throw new InputException(root.pathOf("fiscalYearStart"), "must be a month and day as MM-DD, such as"
            + " \"04-01\" for a year starting April 1, but was \"" + text + "\"");
      }
    }).orElse(FiscalCalendar.CALENDAR_YEAR);
  }

  /** The market inputs on the object's date and its financing assumptions. */
  private static MeasurementInputs measurement(JsonObjectReader object, String dateField) {
    LocalDate date = object.date(dateField);
    List<Financing> financings = FinancingReader.read(object, date);
    return new MeasurementInputs(MarketReader.read(object.object("market"), date), financings);
  }

  private static ReportingPeriod period(JsonObjectReader period) {
    MeasurementInputs closing = measurement(period, "end");
    List<BookEvent> events = new ArrayList<>();
    period.optionalObjects("events").forEach(event -> events.add(EventReader.read(event, closing.financings())));
    long shares = period.wholeNumber("weightedAverageShares");
    OptionalLong yearToDateShares = period.optionalWholeNumber("yearToDateWeightedAverageShares")
        .map(OptionalLong::of).orElse(OptionalLong.empty());
    return period.build(() -> new ReportingPeriod(closing, shares, yearToDateShares, events));
  }
}
