package org.warrantlab.sweep;

/** Told each time one of a batch of valuations finishes, from whichever thread ran it. */
@FunctionalInterface
public interface Progress {

  Progress NONE = () -> { };

  void valuationDone();
}
