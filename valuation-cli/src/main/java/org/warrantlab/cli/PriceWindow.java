package org.warrantlab.cli;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Optional;
import java.util.function.Consumer;
import org.warrantlab.check.InvalidValueException;
import org.warrantlab.market.DailyPrice;
import org.warrantlab.market.PriceHistory;

/**
 * What a price statistic needs of a price file read as a stream: the file's first day, the last day on or
 * before the window's end and how many there are, and the days of the window itself (the days between two
 * dates, or at most the last N on or before the end), so that a file of millions of rows needs memory only
 * for its window.
 */
final class PriceWindow implements Consumer<DailyPrice> {

  private final LocalDate from;
  private final LocalDate end;
  private final int capacity;
  private final ArrayDeque<DailyPrice> days = new ArrayDeque<>();
  private DailyPrice first;
  private DailyPrice lastOnOrBeforeEnd;
  private long countOnOrBeforeEnd;

  private PriceWindow(LocalDate from, LocalDate end, int capacity) {
    this.from = from;
    this.end = end;
    this.capacity = capacity;
  }

  /** The last {@code count} days on or before {@code end}, or before the file's end when there is none. */
  static PriceWindow trailing(int count, Optional<LocalDate> end) {
    if (count < 1) {
      throw new IllegalArgumentException("a window holds at least one day but was " + count);
    }
    return new PriceWindow(LocalDate.MIN, end.orElse(LocalDate.MAX), count);
  }

  /** The days from {@code from} to {@code to}, both inclusive. */
  static PriceWindow between(LocalDate from, LocalDate to) {
    return new PriceWindow(from, to, Integer.MAX_VALUE);
  }

  @Override
  public void accept(DailyPrice day) {
    if (first == null) {
      first = day;
    }
    if (day.date().isAfter(end)) {
      return;
    }
    countOnOrBeforeEnd++;
    lastOnOrBeforeEnd = day;
    if (day.date().isBefore(from)) {
      return;
    }
    if (days.size() == capacity) {
      days.removeFirst();
    }
    days.addLast(day);
  }

  /** The file's first day. */
  DailyPrice first() {
    return first;
  }

  /** The last day on or before the end, if any. */
  Optional<DailyPrice> lastOnOrBeforeEnd() {
    return Optional.ofNullable(lastOnOrBeforeEnd);
  }

  /** The days on or before the end, in the whole file. */
  long countOnOrBeforeEnd() {
    return countOnOrBeforeEnd;
  }

  /** How many days the window holds: never more than its capacity. */
  int size() {
    return days.size();
  }

  /** The window's days as a history; a window without a day is refused as the history would be. */
  PriceHistory history() {
    if (days.isEmpty()) {
      throw new InvalidValueException("days", "has no trading day from " + from + " to " + end);
    }
    return new PriceHistory(new ArrayList<>(days));
  }
}
