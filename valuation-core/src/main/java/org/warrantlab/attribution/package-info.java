/**
 * Attribution of a change in fair value to its inputs: sequential substitution (or the average over every
 * order, Shapley values) from one set of valuation inputs to another, every intermediate state valued on
 * common random numbers, each step with the standard error of its paired difference, amounts in cents
 * that sum exactly to the change they explain. Used for a roll-forward's periods and for comparing two
 * valuations of one book.
 */
package org.warrantlab.attribution;
