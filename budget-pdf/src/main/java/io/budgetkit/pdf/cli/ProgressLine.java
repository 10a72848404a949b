package io.budgetkit.pdf.cli;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBarConsumer;

/**
 * Draws a progress bar on one line of a command's error stream, redrawing it in place, and ends the
 * line when the bar closes. Shared by the commands that work through many files.
 */
public final class ProgressLine implements ProgressBarConsumer {
  private final PrintWriter err;

  /** A bar drawn on {@code err}. */
  public ProgressLine(PrintWriter err) {
    this.err = requireNonNull(err, "err");
  }

  @Override
  public int getMaxRenderedLength() {
    return 100;
  }

  @Override
  public void accept(String rendered) {
    synchronized (err) {
      err.print('\r');
      err.print(rendered);
      err.flush();
    }
  }

  @Override
  public void close() {
    synchronized (err) {
      err.println();
      err.flush();
    }
  }
}
