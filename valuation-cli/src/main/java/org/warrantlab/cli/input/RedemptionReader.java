package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.instrument.MakeWholeTable;
import org.warrantlab.instrument.Redemption;
import org.warrantlab.instrument.RedemptionSettlement;

/** Reads a tranche's {@code redemption} rights and the {@code makeWholeTable} a make-whole right reads. */
final class RedemptionReader {

  /** The settlements of the input contract. */
  enum Settlement {
    CASH, MAKE_WHOLE
  }

  /** Trading days after a notice whose average close is the make-whole fair market value, by default. */
  private static final int FAIR_MARKET_VALUE_DAYS = 10;

  private RedemptionReader() {
  }

  /** The redemption rights of {@code warrant}; none when it states none. */
  static List<Redemption> read(JsonObjectReader warrant) {
    Optional<RedemptionSettlement.MakeWhole> table = warrant.optionalObject("makeWholeTable",
        RedemptionReader::makeWhole);
    return warrant.optionalObjects("redemption", entry -> redemption(entry, table));
  }

  private static Redemption redemption(JsonObjectReader entry, Optional<RedemptionSettlement.MakeWhole> table) {
    double trigger = entry.number("triggerPrice");
    int days = count(entry.wholeNumber("days"));
    int window = count(entry.wholeNumber("window"));
    int lagDays = count(entry.optionalWholeNumber("lagDays").orElse(0L));
    int noticeDays = count(entry.optionalWholeNumber("noticeDays").orElse(0L));
    double price = entry.number("price");
    LocalDate from = entry.date("from");
    Settlement settlement = entry.enumValue("settlement", Settlement.class, Settlement.CASH);
    return entry.build(() -> new Redemption(trigger, days, window, lagDays, noticeDays, price, from,
        switch (settlement) {
          case CASH -> RedemptionSettlement.CASH;
          case MAKE_WHOLE -> table.orElseThrow(() -> new InvalidValueException("settlement",
              "MAKE_WHOLE reads the tranche's makeWholeTable, which is missing"));
        }));
  }

  /** A day count held in an int: one beyond its range is refused by the terms' own limit. */
  private static int count(long days) {
    return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days));
  }

  private static RedemptionSettlement.MakeWhole makeWhole(JsonObjectReader object) {
    List<Double> values = object.optionalNumbers("fairMarketValues");
    List<Double> months = object.optionalNumbers("monthsToExpiry");
    List<List<Double>> rows = object.optionalNumberRows("sharesPerWarrant");
    double cap = object.number("cap");
    int fairMarketValueDays = object.optionalInt("fairMarketValueDays").orElse(FAIR_MARKET_VALUE_DAYS);
    return object.build(() -> new RedemptionSettlement.MakeWhole(new MakeWholeTable(
        values.stream().mapToDouble(Double::doubleValue).toArray(),
        months.stream().mapToDouble(Double::doubleValue).toArray(),
        rows.stream().map(row -> row.stream().mapToDouble(Double::doubleValue).toArray()).toArray(double[][]::new),
        cap), fairMarketValueDays));
  }
}
