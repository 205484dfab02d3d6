package org.warrantlab.accounting;

/** The lines of a warrant liability roll-forward between its opening and closing balances. */
public enum LineItem {
  /** Fair value at issue of tranches issued in the period. */
  ISSUANCES("Issuances"),
  /** Fair value at the exercise date of warrants exercised, reclassified to equity (a reduction). */
  EXERCISES("Exercises reclassified to equity"),
  /** Fair value of warrants that lapsed at expiry (a reduction; nil when they lapse out of the money). */
  EXPIRATIONS("Expirations"),
  /** Incremental fair value of amendments: value on the new terms less value on the old, same date. */
  MODIFICATIONS("Modifications"),
  /** Re-measurement: whatever the other lines do not explain; booked in earnings. */
  CHANGE_IN_FAIR_VALUE("Change in fair value");

  private final String caption;

  LineItem(String caption) {
    this.caption = caption;
  }

  /** The caption a disclosure table uses. */
  public String caption() {
    return caption;
  }
}
