package org.warrantlab.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a JMH result file ({@code -rf json}) into the README's table: each benchmark's score and error,
 * its path-steps per second where it counts them, and that rate as a ratio to the baseline's in the
 * same run. {@code java -cp benchmarks.jar org.warrantlab.bench.ResultsTable results.json}
 */
public final class ResultsTable {

  private static final String BASELINE = BaselineBenchmark.class.getName() + ".baseline";

  private ResultsTable() {
  }

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: ResultsTable JMH_RESULTS.json");
      System.exit(2);
    }
    System.out.print(render(new ObjectMapper().readTree(Path.of(args[0]).toFile())));
  }

  static String render(JsonNode results) {
    double baseline = Double.NaN;
    for (JsonNode result : results) {
      if (result.path("benchmark").asText().equals(BASELINE)) {
        baseline = result.path("primaryMetric").path("score").asDouble();
      }
    }
    StringBuilder out = new StringBuilder();
    out.append("| benchmark | parameters | score | path-steps/s | × baseline |\n");
    out.append("|---|---|---:|---:|---:|\n");
    for (JsonNode result : results) {
      String name = result.path("benchmark").asText();
      boolean isBaseline = name.equals(BASELINE);
      JsonNode primary = result.path("primaryMetric");
      JsonNode steps = isBaseline ? primary : result.path("secondaryMetrics").path("pathSteps");
      out.append("| ").append(name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1))
          .append(" | ").append(parameters(result.path("params")))
          .append(" | ").append(scored(primary))
          .append(" | ").append(steps.isMissingNode() ? "" : scored(steps))
          .append(" | ").append(steps.isMissingNode() ? "" : String.format(Locale.US, "%.2f",
              steps.path("score").asDouble() / baseline))
          .append(" |\n");
    }
    return out.toString();
  }

  private static String parameters(JsonNode params) {
    StringBuilder text = new StringBuilder();
    for (Iterator<Map.Entry<String, JsonNode>> it = params.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> param = it.next();
      text.append(text.isEmpty() ? "" : ", ").append(param.getKey()).append('=').append(param.getValue().asText());
    }
    return text.toString();
  }

  /** "5.59 ± 0.50 ops/s", with thousands separators for large rates. */
  private static String scored(JsonNode metric) {
    double score = metric.path("score").asDouble();
    double error = metric.path("scoreError").asDouble();
    String format = score >= 1000 ? "%,.0f ± %,.0f %s" : "%.3f ± %.3f %s";
    return String.format(Locale.US, format, score, error, metric.path("scoreUnit").asText());
  }
}
