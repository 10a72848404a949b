package io.budgetkit.validation;

import static java.util.Objects.requireNonNull;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.model.FundSource;
import io.budgetkit.money.Amount;
import io.budgetkit.table.Column;
import io.budgetkit.table.DisclosureTable;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableId;
import io.budgetkit.table.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A published table read as a tree: function rows under their 款 and 类, 表7's project rows under
 * their 项, economic 款 under their 类, fund sources under their groups.
 *
 * <p>The {@linkplain #value value} of a node is its own row where printed, otherwise the sum of the
 * nearest printed rows below it, and zero where nothing is printed: a blank cell and an absent row
 * both read as zero. Sum identities compare a printed row with the values of its {@linkplain #parts
 * parts}, so a table that prints 类 and 项 but no 款 still checks.
 */
final class TableView {
  /** The path of the 合计 node: every coded row lies below it. */
  static final String ROOT = "";

  private final DisclosureTable table;
  private final Map<String, TableRow> byPath = new LinkedHashMap<>();

  /** Each node's children, in printed order; built once so that a whole table reads in O(rows). */
  private final Map<String, Set<String>> children = new HashMap<>();

  TableView(DisclosureTable table) {
    this.table = requireNonNull(table, "table");
    for (TableRow r : table.rows()) {
      path(r.key()).ifPresent(p -> byPath.put(p, r));
    }
    for (String q : byPath.keySet()) {
      String below = q;
      String up = parentPath(q);
      while (true) {
        children.computeIfAbsent(up, k -> new LinkedHashSet<>()).add(below);
        if (up.equals(ROOT)) {
          break;
        }
        below = up;
        up = parentPath(up);
      }
    }
  }

  TableId id() {
    return table.id();
  }

  DisclosureTable table() {
    return table;
  }

  Optional<TableRow> row(RowKey key) {
    return table.row(key);
  }

  /** The printed amount, zero for a blank cell or an absent row. */
  Amount amount(RowKey key, Column column) {
    return table.amount(key, column);
  }

  /** The printed function, project and economic rows, in printed order. */
  List<TableRow> codedRows() {
    return List.copyOf(byPath.values());
  }

  /** The tree path of a coded row key: {@code 2080101}, {@code 2080101:光纤费}, {@code e30101}. */
  static Optional<String> path(RowKey key) {
    if (key instanceof RowKey.Function f) {
      return Optional.of(f.code().digits());
    }
    if (key instanceof RowKey.Project p) {
      return Optional.of(p.code().digits() + ":" + p.project());
    }
    if (key instanceof RowKey.Economic e) {
      return Optional.of("e" + e.code().digits());
    }
    return Optional.empty();
  }

  /** The path of the node one level up; {@link #ROOT} for a 类. */
  static String parentPath(String path) {
    int colon = path.indexOf(':');
    if (colon >= 0) {
      return path.substring(0, colon);
    }
    boolean economic = path.startsWith("e");
    int digits = economic ? path.length() - 1 : path.length();
    if (digits <= CodeLevel.CLASS.digits()) {
      return ROOT;
    }
    return path.substring(0, path.length() - 2);
  }

  /** The row key a path stands for, when the row is printed. */
  Optional<RowKey> keyOf(String path) {
    return Optional.ofNullable(byPath.get(path)).map(TableRow::key);
  }

  /**
   * The nodes directly below {@code path} that are printed or have printed rows below them, in
   * printed order. For {@link #ROOT}, the 类 (function or economic).
   */
  List<String> children(String path) {
    Set<String> result = children.get(path);
    return result == null ? new ArrayList<>() : new ArrayList<>(result);
  }

  /** Whether {@code path} is printed as a row. */
  boolean isPrinted(String path) {
    return byPath.containsKey(path);
  }

  /** The value of a node: its own row where printed, else the sum of its children's values. */
  Amount value(String path, Column column) {
    TableRow r = byPath.get(path);
    if (r != null) {
      return r.amount(column);
    }
    Amount sum = Amount.zero();
    for (String c : children(path)) {
      sum = sum.plus(value(c, column));
    }
    return sum;
  }

  /**
   * The printed cells whose values make up the children of {@code path}: the child's own row where
   * printed, otherwise the printed rows below it.
   */
  List<Cell> parts(String path, Column column) {
    List<Cell> result = new ArrayList<>();
    for (String c : children(path)) {
      TableRow r = byPath.get(c);
      if (r != null) {
        result.add(new Cell(id(), r.key(), column, r.amount(column)));
      } else {
        result.addAll(parts(c, column));
      }
    }
    return result;
  }

  /** The value of a fund source: its row where printed, else the sum of its members' values. */
  Amount fundValue(FundSource source, Column column) {
    Optional<TableRow> r = row(new RowKey.Fund(source));
    if (r.isPresent()) {
      return r.get().amount(column);
    }
    Amount sum = Amount.zero();
    for (FundSource member : members(source)) {
      sum = sum.plus(fundValue(member, column));
    }
    return sum;
  }

  /** Whether the source's row or any row of its members is printed. */
  boolean hasFund(FundSource source) {
    if (row(new RowKey.Fund(source)).isPresent()) {
      return true;
    }
    return members(source).stream().anyMatch(this::hasFund);
  }

  /** The printed cells that make up a fund group: members' rows, or their members' rows. */
  List<Cell> fundParts(FundSource source, Column column) {
    List<Cell> result = new ArrayList<>();
    for (FundSource member : members(source)) {
      RowKey key = new RowKey.Fund(member);
      Optional<TableRow> r = row(key);
      if (r.isPresent()) {
        result.add(new Cell(id(), key, column, r.get().amount(column)));
      } else {
        result.addAll(fundParts(member, column));
      }
    }
    return result;
  }

  /** The sources directly within {@code group}, in document order. */
  static List<FundSource> members(FundSource group) {
    List<FundSource> result = new ArrayList<>();
    for (FundSource s : FundSource.values()) {
      if (s.parent().orElse(null) == group) {
        result.add(s);
      }
    }
    return result;
  }
}
