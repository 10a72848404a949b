package io.budgetkit.examples.cli;

/** Placeholder entry point. */
public final class BudgetCli {
  private BudgetCli() {}

  public static void main(String[] args) {
    System.out.println("budget");
  }
}
