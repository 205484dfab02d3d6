package org.warrantlab.cli;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.warrantlab.cli.input.DecimalText;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --peer FILE.csv[:WEIGHT]}: a guideline company's price file and its weight (default 1). */
final class PeerConverter implements ITypeConverter<PeerConverter.Peer> {

  /** A guideline company's daily prices and its weight in the blend, before normalising. */
  record Peer(Path file, double weight) {
  }

  @Override
  public Peer convert(String text) {
    int colon = text.lastIndexOf(':');
    if (colon < 0) {
      return new Peer(Path.of(text), 1);
    }
    String weightText = text.substring(colon + 1);
    BigDecimal weight;
    try {
      weight = DecimalText.parse(weightText);
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("'" + text + "': the weight " + e.getMessage() + "; write FILE.csv or"
          + " FILE.csv:WEIGHT, e.g. peer.csv:0.5");
    }
    if (weight.signum() <= 0) {
      throw new TypeConversionException("'" + text + "': the weight " + weight.toPlainString()
          + " must be positive");
    }
    return new Peer(Path.of(text.substring(0, colon)), weight.doubleValue());
  }
}
