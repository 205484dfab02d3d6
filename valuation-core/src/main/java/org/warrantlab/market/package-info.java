/**
 * Market data (spot, volatility, rate, dividend yield, share count), the risk-free curve and the volatility
 * term structure (a scalar is the flat case), rates and day counts, the trading
 * calendar, and estimates from price history (historical volatility, VWAP).
 */
package org.warrantlab.market;
