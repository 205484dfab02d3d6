package org.warrantlab.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import org.junit.jupiter.api.Test;

/** Transcendentals.exp against StrictMath.exp and against e^x computed exactly enough in BigDecimal. */
class TranscendentalsTest {

  private static final double LOWEST_NON_ZERO = -745.1332191019411;
  private static final double HIGHEST_FINITE = 709.782712893384;

  @Test
  void expIsWithinOneUlpOfStrictMathAcrossTheWholeRange() {
    SplittableRandom random = new SplittableRandom(20091130);
    assertWithinOneUlpOfStrictMath(10_000_000, () -> random.nextDouble(-746, 711));
  }

  @Test
  void expIsWithinOneUlpOfStrictMathOnADenseGridWhereTheSimulationLives() {
    double step = 1e-5;
    int[] i = {0};
    assertWithinOneUlpOfStrictMath(10_000_001, () -> -50 + step * i[0]++);
  }

  @Test
  void expIsWithinOneUlpOfStrictMathForSmallArgumentsOfEveryMagnitude() {
    SplittableRandom random = new SplittableRandom(17);
    assertWithinOneUlpOfStrictMath(1_000_000,
        () -> (random.nextBoolean() ? 1 : -1) * Math.scalb(1 + random.nextDouble(), -random.nextInt(1, 1075)));
  }

  @Test
  void expUnderflowsGraduallyThroughTheSubnormals() {
    double step = (-708.4 - LOWEST_NON_ZERO) / 1_000_000;
    int[] i = {0};
    assertWithinOneUlpOfStrictMath(1_000_001, () -> LOWEST_NON_ZERO + step * i[0]++);
    assertEquals(Double.MIN_VALUE, Transcendentals.exp(LOWEST_NON_ZERO));
    assertEquals(0.0, Transcendentals.exp(Math.nextDown(LOWEST_NON_ZERO)));
    assertEquals(0.0, Transcendentals.exp(-1000));
  }

  @Test
  void expOverflowsToInfinityExactlyAboveTheLargestFiniteResult() {
    assertEquals(StrictMath.exp(HIGHEST_FINITE), Transcendentals.exp(HIGHEST_FINITE));
    assertTrue(Transcendentals.exp(HIGHEST_FINITE) < Double.POSITIVE_INFINITY);
    assertEquals(Double.POSITIVE_INFINITY, Transcendentals.exp(Math.nextUp(HIGHEST_FINITE)));
    assertEquals(Double.POSITIVE_INFINITY, Transcendentals.exp(1000));
    assertEquals(Double.POSITIVE_INFINITY, Transcendentals.exp(Double.MAX_VALUE));
  }

  @Test
  void expOfSpecialValues() {
    assertEquals(1.0, Transcendentals.exp(0.0));
    assertEquals(1.0, Transcendentals.exp(-0.0));
    assertEquals(1.0, Transcendentals.exp(Double.MIN_VALUE));
    assertEquals(1.0, Transcendentals.exp(-Double.MIN_VALUE));
    assertEquals(Math.E, Transcendentals.exp(1));
    assertEquals(Double.NaN, Transcendentals.exp(Double.NaN));
    assertEquals(Double.POSITIVE_INFINITY, Transcendentals.exp(Double.POSITIVE_INFINITY));
    assertEquals(0.0, Transcendentals.exp(Double.NEGATIVE_INFINITY), "+0.0, which assertEquals tells from −0.0");
  }

  /** The documented bound, 0.52 ulp of the exact value, on random arguments across the range and near zero. */
  @Test
  void expIsWithinHalfAnUlpAndALittleOfTheExactValue() {
    SplittableRandom random = new SplittableRandom(1975);
    double worst = 0;
    for (int n = 0; n < 10_000; n++) {
      double x = switch (n % 4) {
        case 0 -> random.nextDouble(LOWEST_NON_ZERO, HIGHEST_FINITE);
        case 1 -> random.nextDouble(-1, 1);
        case 2 -> random.nextDouble(-0.01, 0.01);
        default -> random.nextDouble(LOWEST_NON_ZERO, -700);
      };
      worst = Math.max(worst, ulpsFromExact(Transcendentals.exp(x), x));
    }
    assertTrue(worst <= 0.52, "the largest error was " + worst + " ulp");
  }

  @Test
  void theTableHoldsTheNearestDoubleToEachPowerOfTwoAndItsTail() {
    MathContext precision = new MathContext(50);
    BigDecimal root = BigDecimal.valueOf(2);
    for (int i = 0; i < ExpTable.BITS; i++) {
      root = root.sqrt(precision);
    }
    BigDecimal power = BigDecimal.ONE;
    for (int j = 0; j < ExpTable.SIZE; j++) {
      double hi = power.doubleValue();
      BigDecimal exactHi = new BigDecimal(hi);
      double tail = power.subtract(exactHi).divide(exactHi, precision).doubleValue();
      assertEquals(hi, Double.longBitsToDouble(ExpTable.SCALE_BITS[j] + ((long) j << (52 - ExpTable.BITS))),
          "2^(" + j + "/N)");
      assertEquals(tail, ExpTable.TAIL[j], "the tail of 2^(" + j + "/N)");
      power = power.multiply(root, precision);
    }
  }

  private static void assertWithinOneUlpOfStrictMath(int count, DoubleSupplier arguments) {
    for (int n = 0; n < count; n++) {
      double x = arguments.getAsDouble();
      double expected = StrictMath.exp(x);
      double actual = Transcendentals.exp(x);
      // e^x is never negative, so the difference of the bit patterns counts the doubles between the results.
      long ulps = Math.abs(Double.doubleToRawLongBits(actual) - Double.doubleToRawLongBits(expected));
      if (ulps > 1) {
        throw new AssertionError("exp(" + x + ") was " + actual + " but StrictMath gives " + expected);
      }
    }
  }

  private static double ulpsFromExact(double actual, double x) {
    MathContext precision = new MathContext(40);
    BigDecimal exact = exactExp(x, precision);
    double nearest = exact.doubleValue();
    double ulp = Math.ulp(exact.compareTo(new BigDecimal(nearest)) < 0 ? Math.nextDown(nearest) : nearest);
    return new BigDecimal(actual).subtract(exact).abs().divide(new BigDecimal(ulp), precision).doubleValue();
  }

  /** e^x as (e^(x/2^11))^(2^11), the inner power by its Taylor series, about 35 correct digits. */
  private static BigDecimal exactExp(double x, MathContext precision) {
    int halvings = 11;
    BigDecimal y = new BigDecimal(x).divide(BigDecimal.valueOf(1L << halvings), precision);
    BigDecimal sum = BigDecimal.ONE;
    BigDecimal term = BigDecimal.ONE;
    BigDecimal negligible = new BigDecimal("1e-45");
    for (int n = 1; term.abs().compareTo(negligible) > 0; n++) {
      term = term.multiply(y, precision).divide(BigDecimal.valueOf(n), precision);
      sum = sum.add(term, precision);
    }
    for (int i = 0; i < halvings; i++) {
      sum = sum.multiply(sum, precision);
    }
    return sum;
  }
}
