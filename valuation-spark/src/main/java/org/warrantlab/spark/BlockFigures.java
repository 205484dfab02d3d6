package org.warrantlab.spark;

import java.io.Serializable;

/** What a task sends back for one block: the block's statistics, plain numbers, never its paths. */
record BlockFigures(int run, int block, double[] statistics) implements Serializable {
}
