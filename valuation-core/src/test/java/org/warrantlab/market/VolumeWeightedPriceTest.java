package org.warrantlab.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.warrantlab.check.InvalidValueException;

class VolumeWeightedPriceTest {

  @Test
  void vwapWeightsEachCloseByItsVolume() {
    // the last three days: (10 * 100 + 11 * 200 + 12 * 700) / 1000 = 11,600 / 1,000 = 11.6
    PriceHistory history = Prices.history(new double[] {99, 10, 11, 12, 98},
        new double[] {5_000, 100, 200, 700, 9_000});
    VwapMeasurement measurement = VolumeWeightedPrice.measure(history, Prices.day(3), 3);
    assertEquals(11.6, measurement.vwap(), 1e-14);
    assertEquals(11.0, measurement.averageClose(), 1e-14);
    assertEquals(12.0, measurement.lastClose());
    assertEquals(1_000.0, measurement.totalVolume());
    assertEquals(11.6, measurement.lesserOfCloseAndVwap(), 1e-14);
    assertEquals(0.94 * 11.6, measurement.financingPrice(0.06), 1e-14);
    assertEquals(Prices.day(1), measurement.firstDate());
    assertEquals(Prices.day(3), measurement.lastDate());
  }

  @Test
  void theLesserIsTheCloseWhenItIsBelowTheVwap() {
    PriceHistory history = Prices.history(new double[] {12, 11, 10}, new double[] {700, 200, 100});
    VwapMeasurement measurement = VolumeWeightedPrice.measure(history, Prices.day(2), 3);
    assertEquals(11.6, measurement.vwap(), 1e-14);
    assertEquals(10.0, measurement.lesserOfCloseAndVwap());
    assertEquals(9.4, measurement.financingPrice(0.06), 1e-14);
  }

  @Test
  void equalVolumesGiveTheMeanClose() {
    VwapMeasurement measurement = VolumeWeightedPrice.measure(Prices.closes(1.25, 1.5, 1.0, 1.75), Prices.day(3), 4);
    assertEquals(1.375, measurement.vwap(), 1e-15);
    assertEquals(measurement.averageClose(), measurement.vwap(), 1e-15);
  }

  @Test
  void zeroVolumeOrTooFewDaysIsRejected() {
    PriceHistory silent = Prices.history(new double[] {1, 2, 3}, new double[] {0, 0, 0});
    InvalidValueException zero =
        assertThrows(InvalidValueException.class, () -> VolumeWeightedPrice.measure(silent, Prices.day(2), 2));
    assertEquals("volume is zero on every day from 2009-09-22 to 2009-09-23, so the VWAP is undefined",
        zero.getMessage());
    assertThrows(InvalidValueException.class, () -> VolumeWeightedPrice.measure(silent, Prices.day(2), 4));
    assertThrows(InvalidValueException.class, () -> VolumeWeightedPrice.measure(silent, Prices.day(2), 0));
  }

  @Test
  void theDiscountMustBeAFractionBelowOne() {
    VwapMeasurement measurement = VolumeWeightedPrice.measure(Prices.closes(1, 2), Prices.day(1), 2);
    assertThrows(InvalidValueException.class, () -> measurement.financingPrice(1.0));
    assertThrows(InvalidValueException.class, () -> measurement.financingPrice(-0.1));
    assertEquals(1.5, measurement.financingPrice(0));
  }
}
