package io.budgetkit.table;

import static java.util.Objects.requireNonNull;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.model.FundSource;
import java.util.Optional;

/**
 * What a table row stands for: a function code, an economic code, a fund source, a project under a
 * function 项, or a labelled row such as 合计 or 本年收入.
 *
 * <p>Each key has a stable text form ({@link #id()}) that {@link #parse} reads back: {@code
 * f:2080101}, {@code e:30101}, {@code fund:GENERAL_PUBLIC}, {@code p:2080101:光纤费}, {@code
 * label:合计}.
 */
public sealed interface RowKey
    permits RowKey.Function, RowKey.Economic, RowKey.Fund, RowKey.Project, RowKey.Label {

  /** The stable text form. */
  String id();

  /** The classification level of the row, where it has one (项 for a project row). */
  Optional<CodeLevel> level();

  /** A function-code row. @param code the code */
  record Function(FunctionCode code) implements RowKey {
    /** Checks the code. */
    public Function {
      requireNonNull(code, "code");
    }

    @Override
    public String id() {
      return "f:" + code.digits();
    }

    @Override
    public Optional<CodeLevel> level() {
      return Optional.of(code.level());
    }
  }

  /** An economic-code row. @param code the code */
  record Economic(EconomicCode code) implements RowKey {
    /** Checks the code. */
    public Economic {
      requireNonNull(code, "code");
    }

    @Override
    public String id() {
      return "e:" + code.digits();
    }

    @Override
    public Optional<CodeLevel> level() {
      return Optional.of(code.level());
    }
  }

  /** A fund-source row (表1, 表4 income side). @param source the source or group */
  record Fund(FundSource source) implements RowKey {
    /** Checks the source. */
    public Fund {
      requireNonNull(source, "source");
    }

    @Override
    public String id() {
      return "fund:" + source.name();
    }

    @Override
    public Optional<CodeLevel> level() {
      return Optional.empty();
    }
  }

  /**
   * A project row of 表7: the project's name under its function 项.
   *
   * @param code the function 项
   * @param project the project name as the table prints it
   */
  record Project(FunctionCode code, String project) implements RowKey {
    /** Checks the components. */
    public Project {
      requireNonNull(code, "code");
      requireNonNull(project, "project");
    }

    @Override
    public String id() {
      return "p:" + code.digits() + ":" + project;
    }

    @Override
    public Optional<CodeLevel> level() {
      return Optional.of(CodeLevel.ITEM);
    }
  }

  /**
   * A labelled row: 合计, 本年收入, 收入总计, 支出总计, 因公出国（境）费 ….
   *
   * @param label the stable label
   */
  record Label(String label) implements RowKey {
    /** Checks the label. */
    public Label {
      requireNonNull(label, "label");
    }

    @Override
    public String id() {
      return "label:" + label;
    }

    @Override
    public Optional<CodeLevel> level() {
      return Optional.empty();
    }
  }

  /** The 合计 row. */
  static RowKey total() {
    return new Label("合计");
  }

  /** A function-code row from any written form of the code. */
  static RowKey function(String code) {
    return new Function(FunctionCode.parse(code));
  }

  /** An economic-code row from any written form of the code. */
  static RowKey economic(String code) {
    return new Economic(EconomicCode.parse(code));
  }

  /** A fund-source row. */
  static RowKey fund(FundSource source) {
    return new Fund(source);
  }

  /** A project row of 表7. */
  static RowKey project(String code, String project) {
    return new Project(FunctionCode.parse(code), project);
  }

  /** A labelled row. */
  static RowKey label(String label) {
    return new Label(label);
  }

  /**
   * Reads the text form written by {@link #id()}.
   *
   * @throws IllegalArgumentException quoting the text if it is no row key
   */
  static RowKey parse(String id) {
    requireNonNull(id, "id");
    int colon = id.indexOf(':');
    String kind = colon < 0 ? "" : id.substring(0, colon);
    String rest = colon < 0 ? "" : id.substring(colon + 1);
    try {
      switch (kind) {
        case "f":
          return new Function(FunctionCode.parse(rest));
        case "e":
          return new Economic(EconomicCode.parse(rest));
        case "fund":
          return new Fund(FundSource.valueOf(rest));
        case "p":
          int second = rest.indexOf(':');
          if (second > 0) {
            return new Project(
                FunctionCode.parse(rest.substring(0, second)), rest.substring(second + 1));
          }
          break;
        case "label":
          if (!rest.isEmpty()) {
            return new Label(rest);
          }
          break;
        default:
          break;
      }
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Malformed row key '" + id + "': " + e.getMessage(), e);
    }
    throw new IllegalArgumentException(
        "Malformed row key '"
            + id
            + "': expected f:CODE, e:CODE, fund:SOURCE, p:CODE:PROJECT or label:TEXT");
  }
}
