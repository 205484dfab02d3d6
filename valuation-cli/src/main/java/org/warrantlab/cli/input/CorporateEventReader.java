package org.warrantlab.cli.input;

import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalDouble;
import org.warrantlab.event.BusinessCombination;
import org.warrantlab.event.FundamentalTransaction;

/** Reads the book-level {@code businessCombination} and {@code fundamentalTransaction}. */
final class CorporateEventReader {

  /** The keyword of a Black–Scholes value read at the market's rate. */
  private static final String CURVE = "CURVE";

  private CorporateEventReader() {
  }

  static Optional<BusinessCombination> businessCombination(JsonObjectReader root) {
    return root.optionalObject("businessCombination", object -> {
      double probability = object.number("probability");
      LocalDate date = object.date("date");
      return object.build(() -> new BusinessCombination(probability, date));
    });
  }

  static Optional<FundamentalTransaction> fundamentalTransaction(JsonObjectReader root) {
    return root.optionalObject("fundamentalTransaction", object -> {
      OptionalDouble probability = optional(object.optionalNumber("probability"));
      OptionalDouble intensity = optional(object.optionalNumber("intensity"));
      LocalDate start = object.date("start");
      LocalDate end = object.date("end");
      Optional<FundamentalTransaction.BlackScholesValue> value = object.object("blackScholesValue",
          CorporateEventReader::blackScholesValue);
      return object.build(() -> new FundamentalTransaction(probability, intensity, start, end, value.orElseThrow()));
    });
  }

  private static FundamentalTransaction.BlackScholesValue blackScholesValue(JsonObjectReader object) {
    double floor = object.number("volatilityFloor");
    long days = object.wholeNumber("historicalDays");
    OptionalDouble rate = OptionalDouble.empty();
    if (object.isText("rate")) {
      String keyword = object.text("rate");
      if (!CURVE.equals(keyword)) {
        throw new InputException(object.pathOf("rate"), "must be \"" + CURVE + "\" or a number but was \""
            + keyword + "\"");
      }
    } else {
      rate = optional(object.optionalNumber("rate"));
    }
    OptionalDouble given = rate;
    return object.build(() -> new FundamentalTransaction.BlackScholesValue(floor,
        (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, days)), given));
  }

  private static OptionalDouble optional(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
