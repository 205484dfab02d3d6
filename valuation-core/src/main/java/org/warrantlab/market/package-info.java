/**
 * Market data (spot, volatility, rate, dividend yield, share count), rates and day counts, the trading
 * calendar, and estimates from price history (historical volatility, VWAP).
 */
package org.warrantlab.market;
