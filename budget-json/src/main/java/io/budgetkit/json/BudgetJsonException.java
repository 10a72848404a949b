package io.budgetkit.json;

import com.fasterxml.jackson.databind.JsonMappingException;

/**
 * Malformed budget JSON: where it is (a JSON path such as {@code $.budget.lines[3].amount}, a line
 * and a column, both from 1) and what was expected there.
 *
 * <p>The message reads {@code $.budget.lines[3].amount (line 12, column 17): found number 14941.05;
 * expected an amount in 万元 as a decimal string such as "14941.05"}. It is a {@link
 * JsonMappingException} so that it passes through Jackson's own {@code ObjectMapper} methods
 * unchanged; the underlying Jackson exception, if any, is the cause.
 */
public final class BudgetJsonException extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  BudgetJsonException(String path, int line, int column, String problem, Throwable cause) {
    super(null, path + " (line " + line + ", column " + column + "): " + problem, cause);
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** The JSON path of the offending value, {@code $} for the whole document. */
  public String path() {
    return path;
  }

  /** The line of the offending token, from 1; 0 if unknown. */
  public int line() {
    return line;
  }

  /** The column of the offending token, in characters from 1; 0 if unknown. */
  public int column() {
    return column;
  }
}
