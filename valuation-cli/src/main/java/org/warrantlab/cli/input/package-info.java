/**
 * Reading JSON and CSV inputs into core objects. Every problem is reported with its place in the
 * file: a JSON path such as {@code warrants[0].expiryDate} or a CSV line.
 */
package org.warrantlab.cli.input;
