package io.budgetkit.examples.cli;

/**
 * Input a command cannot use (a missing or unreadable file, a malformed document, a table the
 * document does not have): the {@code budget} command prints the message as one line on stderr and
 * exits with {@link BudgetCli#UNUSABLE}.
 */
public final class UnusableInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An unusable input; {@code message} names the input and what is wrong with it. */
  public UnusableInputException(String message) {
    super(message);
  }
}
