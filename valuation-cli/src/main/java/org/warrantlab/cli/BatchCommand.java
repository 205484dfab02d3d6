package org.warrantlab.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.warrantlab.cli.audit.AuditTrail;
import org.warrantlab.cli.input.InputException;
import org.warrantlab.cli.input.JsonFiles;
import org.warrantlab.cli.report.BatchOutcome;
import org.warrantlab.cli.report.BatchSummary;
import org.warrantlab.cli.report.Format;
import org.warrantlab.cli.report.JsonReport;
import org.warrantlab.cli.report.ValuationRun;
import org.warrantlab.pricer.BookValuation;
import org.warrantlab.simulation.MemoryEstimate;
import org.warrantlab.sweep.ValuationCase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "batch", mixinStandardHelpOptions = true,
    description = {"Values many books in one run and prints one summary line per file: its total fair value"
        + " and standard error, or why it was not valued.",
        "A bad file is reported with its one-line error and the others are still valued (exit code 2 at the end"
            + " if any failed); a roll-forward input is skipped. With --output-dir, each book's report (the JSON"
            + " of value --format json) and the summary are written there, all at once."},
    footer = {"", "Examples:", "  warrantlab batch examples/",
        "  warrantlab batch 'books/*.json' --output-dir reports --format csv"})
final class BatchCommand implements Callable<Integer>, CaseStudy {

  @Spec
  private CommandSpec spec;

  @ParentCommand
  private WarrantlabCommand parent;

  @Parameters(arity = "1..*", paramLabel = "DIR|FILE|GLOB",
      description = "A folder (its *.json files), a file, or a pattern such as 'books/*.json'.")
  private List<String> sources;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write each book's JSON report (NAME-value.json) and the summary (summary.EXT) here.")
  private Path outputDir;

  @Option(names = "--paths", paramLabel = "N", description = "Simulated paths of every book; overrides each file's.")
  private Long paths;

  @Option(names = "--seed", paramLabel = "S", description = "Random seed of every book; overrides each file's.")
  private Long seed;

  @Option(names = "--threads", paramLabel = "T",
      description = "Worker threads in all (default: all cores). The results do not depend on it.")
  private Integer threads;

  @Option(names = Plausibility.OVERRIDE, description = "Value markets as given even where they look like"
      + " percentages typed as decimals.")
  private boolean allowImplausible;

  @Mixin
  private FormatOption format = new FormatOption(Format.class);

  @Mixin
  private ProgressSwitch progress = new ProgressSwitch();

  /** What reading a file gave: a book to value, or its outcome already. */
  private sealed interface Read {
    Path file();

    /** The file's outcome: {@code valued} applied to it when it is a book. */
    BatchOutcome outcome(Function<Book, BatchOutcome> valued);
  }

  /** A file read as a book, ready to value. */
  private record Book(Path file, SimulationOptions.Request request) implements Read {
    @Override
    public BatchOutcome outcome(Function<Book, BatchOutcome> valued) {
      return valued.apply(this);
    }

    ValuationCase valuationCase() {
      return new ValuationCase(request.input().market(), request.input().book(), request.input().financings(),
          request.input().events(), request.settings());
    }
  }

  /** A file skipped or refused on reading. */
  private record Settled(Path file, BatchOutcome settled) implements Read {
    @Override
    public BatchOutcome outcome(Function<Book, BatchOutcome> valued) {
      return settled;
    }
  }

  @Override
  public Integer call() {
    if (outputDir != null && Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new UserError("--output-dir " + outputDir + " is a file, not a folder");
    }
    long start = System.nanoTime();
    List<Read> read = BatchSources.files(sources).stream().map(this::read).toList();
    List<Book> books = read.stream().filter(Book.class::isInstance).map(Book.class::cast).toList();
    List<BookValuation> values = List.of();
    if (!books.isEmpty()) {
      try (ProgressOptions.Bar bar = ProgressOptions.start(progress, spec, "Batch (books)", books.size())) {
        values = parent.valuer().value(books.stream().map(Book::valuationCase).toList(), workers(), bar);
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    Map<Path, byte[]> files = new LinkedHashMap<>();
    List<BatchSummary.Entry> entries = new ArrayList<>(read.size());
    Iterator<BookValuation> valuations = values.iterator();
    for (Read file : read) {
      BatchOutcome outcome = file.outcome(book -> report(book, valuations.next(), elapsed, files));
      entries.add(new BatchSummary.Entry(file.file().toString(), outcome));
    }
    Format chosen = format.get(Format.class);
    String summary = BatchSummary.render(entries, chosen, format.wide());
    if (outputDir != null) {
      files.put(outputDir.resolve("summary." + (chosen == Format.TABLE ? "txt" : chosen.name().toLowerCase(Locale.ROOT))),
          summary.getBytes(StandardCharsets.UTF_8));
      write(files);
    }
    spec.commandLine().getOut().print(summary);
    spec.commandLine().getOut().flush();
    long failed = BatchSummary.failures(entries);
    if (failed > 0) {
      spec.commandLine().getErr().println("warrantlab: " + failed + " of " + entries.size()
          + " files could not be valued; the summary says why");
      return Main.BAD_INPUT;
    }
    return Main.OK;
  }

  /** The books that read, in file order: what a remote runner values, reading the files as the driver does. */
  @Override
  public List<ValuationCase> cases() {
    return BatchSources.files(sources).stream().map(this::read).filter(Book.class::isInstance)
        .map(r -> ((Book) r).valuationCase()).toList();
  }

  private Read read(Path file) {
    try {
      if (InputCheck.kindOf(JsonFiles.read(file)) == InputCheck.Kind.ROLLFORWARD) {
        return new Settled(file, new BatchOutcome.Skipped("a roll-forward input, not a book to value"));
      }
      SimulationOptions options = SimulationOptions.of(file, paths, seed, threads, allowImplausible);
      return new Book(file, options.request(MemoryEstimate::ofValuation));
    } catch (InputException e) {
      return new Settled(file, new BatchOutcome.Failed(UserError.in(file, e).getMessage()));
    } catch (UserError e) {
      return new Settled(file, new BatchOutcome.Failed(e.getMessage()));
    }
  }

  /** The book's outcome, its JSON report added to {@code files} when it was valued with finite figures. */
  private BatchOutcome report(Book book, BookValuation valuation, Duration elapsed, Map<Path, byte[]> files) {
    try {
      FiniteValues.check(valuation, book.file());
    } catch (UserError e) {
      return new BatchOutcome.Failed(e.getMessage());
    }
    AuditTrail audit = AuditTrail.of(book.file(), valuation.settings(), valuation.simulatedPaths());
    if (outputDir != null) {
      ValuationRun run = new ValuationRun(book.file().toString(), book.request().input(), valuation, elapsed, audit);
      String name = book.file().getFileName().toString().replaceFirst("\\.json$", "") + "-value.json";
      files.put(outputDir.resolve(name), JsonReport.render(run).getBytes(StandardCharsets.UTF_8));
    }
    return new BatchOutcome.Valued(valuation, audit);
  }

  /** Books valued at once: one a thread, as the sweep's cells are. */
  private int workers() {
    return threads != null ? threads : Runtime.getRuntime().availableProcessors();
  }

  private void write(Map<Path, byte[]> files) {
    try {
      Files.createDirectories(outputDir);
    } catch (IOException e) {
      throw new UserError("--output-dir " + outputDir + " cannot be made: " + e.getMessage());
    }
    OutputFile.writeAll(files);
  }
}
