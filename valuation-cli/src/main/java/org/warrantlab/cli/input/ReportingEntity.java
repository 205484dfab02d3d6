package org.warrantlab.cli.input;

import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.warrantlab.check.InvalidValueException;

/**
 * Whose warrants these are and the currency of every amount: the optional {@code entity} and {@code currency}
 * fields, echoed in every report's heading and never read by a valuation.
 *
 * @param name the reporting entity, e.g. "Capstone Turbine Corporation"
 * @param currency an ISO 4217 code, e.g. USD
 */
public record ReportingEntity(Optional<String> name, Optional<String> currency) {

  public static final ReportingEntity UNSTATED = new ReportingEntity(Optional.empty(), Optional.empty());

  private static final Pattern ISO_4217 = Pattern.compile("[A-Z]{3}");

  public ReportingEntity {
    name.ifPresent(text -> {
      if (text.isBlank()) {
        throw new InvalidValueException("entity", "must name the reporting entity, but is blank");
      }
    });
    currency.ifPresent(code -> {
      if (!ISO_4217.matcher(code).matches()) {
        throw new InvalidValueException("currency", "must be a three-letter ISO 4217 code such as \"USD\", but was \""
            + code + "\"");
      }
    });
  }

  /** Reads {@code entity} and {@code currency}; their rules are checked when the top-level object is built. */
  static Supplier<ReportingEntity> read(JsonObjectReader root) {
    Optional<String> name = root.optionalText("entity");
    Optional<String> currency = root.optionalText("currency");
    return () -> new ReportingEntity(name, currency);
  }

  /** The currency's code, or words that say amounts are in the share price's currency. */
  public String currencyText() {
    return currency.orElse("the share price's currency");
  }
}
