/**
 * The {@code warrantlab} command: one picocli class per subcommand, the options they share, and the
 * mapping of every failure to one line naming the file and field, exit code 2.
 */
package org.warrantlab.cli;
