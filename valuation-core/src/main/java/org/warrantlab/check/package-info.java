/**
 * Argument checks that return their argument and name the field they check; the exception they throw,
 * and the {@link org.warrantlab.check.Location} it carries: where in a book or roll-forward plan the value
 * is, in the domain's terms, for a reader of some input format to name in its own.
 */
package org.warrantlab.check;
