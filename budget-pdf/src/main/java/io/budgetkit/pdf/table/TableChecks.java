package io.budgetkit.pdf.table;

import io.budgetkit.code.CodeLevel;
import io.budgetkit.document.Evidence;
import io.budgetkit.money.Amount;
import io.budgetkit.validation.Finding;
import io.budgetkit.validation.Location;
import io.budgetkit.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The identities within one extracted table, checked on the printed figures (a blank cell counts as
 * zero): each column sum its header states (合计 = 基本支出 + 项目支出), parent rows = Σ children over 类/款/项,
 * the total row = Σ top-level rows, and income total = expenditure total in a two-part table. Every
 * disagreement is a finding with the page and box of the cell. Sums are exact.
 */
public final class TableChecks {
  private static final Pattern TOP = Pattern.compile("^[一二三四五六七八九十]+、");
  private static final Pattern SUB = Pattern.compile("^\\d+[.、．]");

  private TableChecks() {}

  /** The findings of {@code table}'s identities; empty when every identity holds. */
  public static List<Finding> check(ExtractedTable table) {
    List<Finding> out = new ArrayList<>();
    for (TableSpec.ColumnSum sum : table.spec().sums()) {
      List<String> cols =
          table.columns().getOrDefault(sum.part(), com.google.common.collect.ImmutableList.of());
      if (!cols.contains(sum.total()) || !cols.containsAll(sum.parts())) {
        continue;
      }
      for (TableRow row : table.rows(sum.part())) {
        if (row.cells().isEmpty()) {
          continue;
        }
        Amount expected = Amount.zero();
        for (String p : sum.parts()) {
          expected = expected.plus(value(row, p));
        }
        compare(out, table, row, sum.total(), expected, "Σ " + String.join(" + ", sum.parts()));
      }
    }
    for (TableSpec.Part part : table.spec().parts()) {
      List<TableRow> rows = table.rows(part.name());
      List<String> cols = table.columns().get(part.name());
      if (cols == null) {
        continue;
      }
      switch (part.key()) {
        case FUNCTION_CODE, ECONOMIC_CODE -> rollUp(out, table, rows, cols);
        case LABEL -> labels(out, table, rows, cols);
        case NONE -> {}
      }
    }
    if (table.spec().parts().size() == 2) {
      String in = table.spec().parts().get(0).name();
      String ex = table.spec().parts().get(1).name();
      Optional<TableRow> inTotal = table.total(in);
      Optional<TableRow> exTotal = table.total(ex);
      if (inTotal.isPresent() && exTotal.isPresent()) {
        String inCol = table.columns().get(in).get(0);
        String exCol = table.columns().get(ex).get(0);
        compare(
            out,
            table,
            exTotal.get(),
            exCol,
            value(inTotal.get(), inCol),
            in + " " + inTotal.get().label() + " " + inCol);
      }
    }
    return out;
  }

  private static void rollUp(
      List<Finding> out, ExtractedTable table, List<TableRow> rows, List<String> cols) {
    List<TableRow> keyed = new ArrayList<>();
    List<String> unverifiable = new ArrayList<>();
    String lastClass = null;
    String lastSection = null;
    for (TableRow r : rows) {
      if (r.total()) {
        continue;
      }
      Optional<String> digits = digits(r);
      if (digits.isEmpty()) {
        if (lastClass != null) {
          unverifiable.add(lastClass);
        }
        if (lastSection != null) {
          unverifiable.add(lastSection);
        }
        unverifiable.add("");
        continue;
      }
      keyed.add(r);
      if (digits.get().length() == 3) {
        lastClass = digits.get();
        lastSection = null;
      } else if (digits.get().length() == 5) {
        lastSection = digits.get();
      }
    }
    for (TableRow parent : keyed) {
      String p = digits(parent).orElseThrow();
      if (p.length() == CodeLevel.ITEM.digits()) {
        continue;
      }
      int childLength = p.length() + 2;
      List<TableRow> children = new ArrayList<>();
      for (TableRow c : keyed) {
        String d = digits(c).orElseThrow();
        if (d.length() == childLength && d.startsWith(p)) {
          children.add(c);
        }
      }
      if (children.isEmpty()) {
        continue;
      }
      if (unverifiable.contains(p)) {
        out.add(
            base(table, parent, Optional.empty(), "table.roll-up-unverifiable", Severity.INFO)
                .message(
                    parent.key()
                        + " cannot be checked against its children: a child's code is not"
                        + " readable")
                .build());
        continue;
      }
      sumCheck(out, table, parent, children, cols, "Σ children of " + parent.key());
    }
    table.rows().stream()
        .filter(r -> r.total() && rows.contains(r))
        .findFirst()
        .ifPresent(
            total -> {
              if (unverifiable.contains("")) {
                return;
              }
              List<TableRow> top = new ArrayList<>();
              for (TableRow r : keyed) {
                if (digits(r).orElseThrow().length() == 3) {
                  top.add(r);
                }
              }
              if (!top.isEmpty()) {
                sumCheck(out, table, total, top, cols, "Σ 类 rows");
              }
            });
  }

  private static void labels(
      List<Finding> out, ExtractedTable table, List<TableRow> rows, List<String> cols) {
    List<TableRow> top = new ArrayList<>();
    TableRow parent = null;
    List<TableRow> children = new ArrayList<>();
    for (TableRow r : rows) {
      if (r.total()) {
        continue;
      }
      if (TOP.matcher(r.label()).find()) {
        if (parent != null && !children.isEmpty()) {
          sumCheck(out, table, parent, children, cols, "Σ rows under " + parent.label());
        }
        parent = r;
        children = new ArrayList<>();
        top.add(r);
      } else if (SUB.matcher(r.label()).find()) {
        children.add(r);
      }
    }
    if (parent != null && !children.isEmpty()) {
      sumCheck(out, table, parent, children, cols, "Σ rows under " + parent.label());
    }
    TableRow total = rows.stream().filter(TableRow::total).findFirst().orElse(null);
    if (total != null && !top.isEmpty()) {
      sumCheck(out, table, total, top, cols, "Σ 一、二、… rows");
    }
  }

  private static void sumCheck(
      List<Finding> out,
      ExtractedTable table,
      TableRow parent,
      List<TableRow> children,
      List<String> cols,
      String what) {
    for (String col : cols) {
      boolean printed =
          parent.cell(col).isPresent() || children.stream().anyMatch(c -> c.cell(col).isPresent());
      if (!printed) {
        continue;
      }
      Amount sum = Amount.zero();
      for (TableRow c : children) {
        sum = sum.plus(value(c, col));
      }
      compare(out, table, parent, col, sum, what);
    }
  }

  private static void compare(
      List<Finding> out,
      ExtractedTable table,
      TableRow row,
      String column,
      Amount expected,
      String what) {
    Amount actual = value(row, column);
    if (actual.equals(expected)) {
      return;
    }
    Optional<PrintedAmount> cell = row.cell(column);
    String printed = cell.map(PrintedAmount::text).orElse("blank");
    out.add(
        base(table, row, Optional.of(column), "table.identity", Severity.ERROR)
            .message(
                "page "
                    + cell.map(PrintedAmount::page).orElse(row.page())
                    + ", "
                    + table.spec().title()
                    + ", row "
                    + row.key()
                    + ", column "
                    + column
                    + ": printed "
                    + printed
                    + " but "
                    + what
                    + " is "
                    + expected.format(table.unit())
                    + " (difference "
                    + actual.minus(expected).format(table.unit())
                    + ")")
            .expected(expected.format(table.unit()))
            .actual(printed)
            .build());
  }

  private static Finding.Builder base(
      ExtractedTable table, TableRow row, Optional<String> column, String rule, Severity s) {
    Optional<PrintedAmount> cell = column.flatMap(row::cell);
    Evidence evidence =
        new Evidence(
            cell.map(PrintedAmount::page).orElse(row.page()),
            Optional.of(cell.map(PrintedAmount::box).orElse(row.box())),
            row.key()
                + " "
                + column.map(c -> c + " ").orElse("")
                + cell.map(PrintedAmount::text).orElse(""));
    return Finding.builder()
        .ruleId(rule)
        .severity(s)
        .location(
            new Location(
                Optional.of(table.spec().title()),
                Optional.of(row.key()),
                column,
                Optional.empty()))
        .evidence(evidence);
  }

  private static Amount value(TableRow row, String column) {
    return row.cell(column).map(PrintedAmount::amount).orElse(Amount.zero());
  }

  private static Optional<String> digits(TableRow r) {
    if (r.function().isPresent()) {
      return Optional.of(r.function().get().digits());
    }
    return r.economic().map(e -> e.digits());
  }
}
