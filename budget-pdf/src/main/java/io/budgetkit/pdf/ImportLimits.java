package io.budgetkit.pdf;

import java.time.Duration;

/**
 * Bounds on the work one import may do, so that a huge or hostile PDF fails with {@link
 * UnreadablePdfException.Reason#TOO_LARGE} instead of exhausting time or memory.
 *
 * @param maxBytes the largest file read, in bytes
 * @param maxPages the most pages read
 * @param maxGlyphsPerPage the most characters on one page
 * @param maxMemoryBytes the most main memory PDFBox may use for decoded streams
 * @param timeout the longest one import may take
 */
public record ImportLimits(
    long maxBytes, int maxPages, int maxGlyphsPerPage, long maxMemoryBytes, Duration timeout) {
  /**
   * The defaults: 64 MB, 500 pages, 50,000 characters a page, 256 MB of stream memory, 60 seconds;
   * a real disclosure is under 1 MB and 40 pages.
   */
  public static final ImportLimits DEFAULT =
      new ImportLimits(64L << 20, 500, 50_000, 256L << 20, Duration.ofSeconds(60));

  /** Checks that every limit is positive. */
  public ImportLimits {
    if (maxBytes <= 0 || maxPages <= 0 || maxGlyphsPerPage <= 0 || maxMemoryBytes <= 0) {
      throw new IllegalArgumentException("Import limits must be positive");
    }
    if (timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("Import timeout must be positive: " + timeout);
    }
  }
}
