/**
 * Argument checks that return their argument and name the field they check; the exception they throw.
 */
package org.warrantlab.check;
