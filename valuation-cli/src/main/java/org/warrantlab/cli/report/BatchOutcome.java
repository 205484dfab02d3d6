package org.warrantlab.cli.report;

import java.util.Optional;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.pricer.BookValuation;

/** What became of one file of a batch. */
public sealed interface BatchOutcome {

  /** The word the summary shows. */
  String status();

  /** The valuation, when the file was valued. */
  default Optional<BookValuation> valuation() {
    return Optional.empty();
  }

  /** The audit trail of the file's valuation, when it was valued. */
  default Optional<AuditTrail> audit() {
    return Optional.empty();
  }

  /** Why the file was not valued; empty when it was. */
  String note();

  /** Valued: its total fair value and standard error are the book's; {@code trail} fingerprints the file. */
  record Valued(BookValuation book, AuditTrail trail) implements BatchOutcome {
    @Override
    public String status() {
      return "valued";
    }

    @Override
    public Optional<BookValuation> valuation() {
      return Optional.of(book);
    }

    @Override
    public Optional<AuditTrail> audit() {
      return Optional.of(trail);
    }

    @Override
    public String note() {
      return "";
    }
  }

  /** Not a book (a roll-forward input): left out, not a failure. */
  record Skipped(String reason) implements BatchOutcome {
    @Override
    public String status() {
      return "skipped";
    }

    @Override
    public String note() {
      return reason;
    }
  }

  /** Refused, with the one line the value command would have printed. */
  record Failed(String error) implements BatchOutcome {
    @Override
    public String status() {
      return "failed";
    }

    @Override
    public String note() {
      return error;
    }
  }
}
