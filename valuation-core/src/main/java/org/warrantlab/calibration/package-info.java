/**
 * Calibration: the value of one unobservable input at which the model recovers a known price, as ASC
 * 820-10-35-24C and IFRS 13.64 ask when a transaction price is fair value at initial recognition.
 *
 * <p>{@link org.warrantlab.calibration.Calibrator} solves for the input with a bracketing Brent solver on
 * common random numbers (the same seed at every trial, Sobol points where those are the inputs' sampling), so
 * the Monte Carlo value is a smooth function of the input; the solved input carries a standard error, the
 * value's standard error divided by the slope. A price no input in the allowed range reaches is refused with a
 * {@link org.warrantlab.calibration.Refusal} that says which side it falls on.
 */
package org.warrantlab.calibration;
