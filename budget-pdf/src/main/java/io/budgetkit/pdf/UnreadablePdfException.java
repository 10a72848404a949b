package io.budgetkit.pdf;

import static java.util.Objects.requireNonNull;

/**
 * A PDF that cannot be imported at all: not a PDF, encrypted, truncated, without a text layer, over
 * the limits, or of no known layout. The message is one line saying what, where, and what was
 * expected; the command line prints it and exits with status 2.
 */
public final class UnreadablePdfException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why a PDF cannot be imported. */
  public enum Reason {
    /** The bytes are not a PDF. */
    NOT_PDF,
    /** The file ends before the PDF does. */
    TRUNCATED,
    /** The PDF needs a password to be read. */
    ENCRYPTED,
    /** The pages have no text layer (a scan): this importer does no OCR. */
    NO_TEXT,
    /** The file exceeds a limit on size, pages, glyphs, memory or time. */
    TOO_LARGE,
    /** The PDF is damaged beyond what the parser can recover. */
    DAMAGED,
    /** No known layout's tables were found in the document. */
    UNKNOWN_LAYOUT
  }

  private final Reason reason;

  /** An exception for {@code reason} with a one-line {@code message}. */
  public UnreadablePdfException(Reason reason, String message) {
    super(requireNonNull(message, "message"));
    this.reason = requireNonNull(reason, "reason");
  }

  /** An exception for {@code reason} with a one-line {@code message} and its cause. */
  public UnreadablePdfException(Reason reason, String message, Throwable cause) {
    super(requireNonNull(message, "message"), cause);
    this.reason = requireNonNull(reason, "reason");
  }

  /** Why the PDF cannot be imported. */
  public Reason reason() {
    return reason;
  }
}
