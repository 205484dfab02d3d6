package org.warrantlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

/**
 * Every chart the commands draw is written as a PNG that decodes as an image and an SVG that parses as
 * SVG, both of a size that only a drawn chart reaches: a bare XChart plot of one straight line is about
 * 15 KB as PNG and 55 KB as SVG with 10 paths; these charts are 28–43 KB and 220–380 KB.
 */
class ChartFilesTest {

  @TempDir
  Path directory;

  static Stream<Arguments> charts() {
    return Stream.of(
        Arguments.of("sweep-1d", new String[] {"sweep", "--vary", "market.volatility=0.4:1.2:0.2"}),
        Arguments.of("sweep-2d", new String[] {"sweep", "--vary", "market.volatility=0.4:1.2:0.2", "--vary",
            "market.spot=1.0:1.6:0.3", "--tranche", "2008-09"}),
        Arguments.of("convergence", new String[] {"converge", "--start", "500"}),
        Arguments.of("tornado", new String[] {"tornado"}));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("charts")
  void chartsAreWrittenAsValidNonTrivialPngAndSvg(String name, String[] command) throws Exception {
    Path input = InputFiles.write(directory, "reset.json", InputFiles.resetTree());
    Path png = directory.resolve(name + ".png");
    Path svg = directory.resolve(name + ".svg");
    String[] args = SweepCommandTest.append(new String[] {command[0], input.toString()},
        SweepCommandTest.append(Arrays.copyOfRange(command, 1, command.length), "--paths", "4000",
            "--chart", png.toString(), "--chart", svg.toString(), "--output", directory.resolve(name + ".txt").toString()));
    CliRun run = CliRun.of(args);
    assertEquals(0, run.exitCode(), run.err());

    BufferedImage image = ImageIO.read(png.toFile());
    assertNotNull(image, "decodes as an image");
    assertTrue(image.getWidth() >= 800 && image.getHeight() >= 500, image.getWidth() + "×" + image.getHeight());
    assertTrue(Files.size(png) > 25_000, "PNG of " + Files.size(png) + " bytes");
    assertTrue(distinctColours(image) > 10, "more than a blank canvas");

    Document document = parse(svg);
    assertEquals("svg", document.getDocumentElement().getTagName());
    assertTrue(Files.size(svg) > 150_000, "SVG of " + Files.size(svg) + " bytes");
    assertTrue(document.getElementsByTagName("path").getLength() > 25, "the SVG draws shapes");
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
