package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/**
 * Every chart the commands draw is written as a PNG of its stated size and an SVG whose words are text
 * elements: axis titles in words with their units (no JSON path), percentages and thousands separators in
 * the tick labels, the key and the base case named. With text as text an SVG is 18–46 KB; with the glyphs
 * drawn as outlines, as XChart draws them, the Capstone example's charts were 330–440 KB.
 */
class ChartFilesTest {

  @TempDir
  Path directory;

  static Stream<Arguments> charts() {
    return Stream.of(
        Arguments.of("sweep-1d", new String[] {"sweep", "--vary", "market.volatility=0.4:1.2:0.2"}, 900, 560,
            List.of("Volatility (%)", "40%", "120%", "Total fair value (USD)", "±2 standard errors",
                "Base case, the file's 80%")),
        Arguments.of("sweep-2d", new String[] {"sweep", "--vary", "market.volatility=0.4:1.2:0.2", "--vary",
            "market.spot=1.0:1.6:0.3", "--tranche", "2008-09"}, 1100, 560,
            List.of("Volatility (%)", "Share price (USD)", "80%", "1.30", "tranche 2008-09 (USD)",
                "outlined cells:", "Volatility 80%", "Share price 1.32")),
        Arguments.of("convergence", new String[] {"converge", "--start", "500"}, 900, 560,
            List.of("Paths (log scale)", "Total fair value (USD)", "95% confidence interval", "Estimate")),
        Arguments.of("tornado", new String[] {"tornado"}, 1000, 560,
            List.of("Total fair value (USD)", "Input at its low setting", "Volatility  72.00% / 88.00%")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void chartsAreWrittenAsPngOfTheirSizeAndSvgWithWordsAsText(String name, String[] command, int width, int height,
      List<String> words) throws Exception {
    ObjectNode book = InputFiles.resetTree();
    book.put("currency", "USD");
    Path input = InputFiles.write(directory, "reset.json", book.toString());
    Path png = directory.resolve(name + ".png");
    Path svg = directory.resolve(name + ".svg");
    String[] args = SweepCommandTest.append(new String[] {command[0], input.toString()},
        SweepCommandTest.append(Arrays.copyOfRange(command, 1, command.length), "--paths", "4000",
            "--chart", png.toString(), "--chart", svg.toString(), "--output", directory.resolve(name + ".txt").toString()));
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());

    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, "decodes as an image");
    assertEquals(width, image.getWidth());
    assertTrue(image.getHeight() >= height, "height " + image.getHeight());
    assertTrue(distinctColours(image) > 10, "more than a blank canvas");

    Document document = parse(svg);
    assertEquals("svg", document.getDocumentElement().getTagName());
    List<String> texts = texts(document);
    for (String expected : words) {
      assertTrue(texts.contains(expected), expected + " among " + texts);
    }
    assertFalse(texts.stream().anyMatch(text -> text.matches(".*\\b(market|warrants|financings)(\\[\\d+])?\\..*")),
        "no JSON path: " + texts);
    assertTrue(Files.size(svg) < 60_000, "SVG of " + Files.size(svg) + " bytes");
    assertTrue(document.getElementsByTagName("path").getLength() > 5, "the SVG draws shapes");
  }

  /** A tornado says its base value and each bar's two values with their standard errors. */
  @Test
  void aTornadoLabelsItsBaseAndEachValueWithItsStandardError() throws Exception {
    Path input = InputFiles.write(directory, "reset.json", InputFiles.resetTree().toString());
    Path svg = directory.resolve("tornado.svg");
    CliRun run = CliRun.of("tornado", input.toString(), "--paths", "4000", "--chart", svg.toString(), "--output",
        directory.resolve("tornado.txt").toString());
    assertEquals(0, run.exitCode(), run.err());
    List<String> texts = texts(parse(svg));
    String money = "-?\\d{1,3}(,\\d{3})* ± \\d{1,3}(,\\d{3})*";
    assertEquals(1, texts.stream().filter(text -> text.matches("Base case: " + money)).count(), texts.toString());
    long bars = texts.stream().filter(text -> text.matches(".+  .+ / .+")).count();
    assertTrue(bars >= 5, texts.toString());
    assertEquals(bars, texts.stream().filter(text -> text.matches("Low: " + money)).count(), texts.toString());
    assertEquals(bars, texts.stream().filter(text -> text.matches("High: " + money)).count(), texts.toString());
  }

  private static List<String> texts(Document document) {
    NodeList nodes = document.getElementsByTagName("text");
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      texts.add(nodes.item(i).getTextContent().strip());
    }
    return texts;
  }

  private static long distinctColours(BufferedImage image) {
    return IntStream.range(0, image.getHeight() / 8)
        .flatMap(y -> IntStream.range(0, image.getWidth() / 8).map(x -> image.getRGB(8 * x, 8 * y))).distinct().count();
  }

  private static Document parse(Path svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(svg.toFile());
  }
}
