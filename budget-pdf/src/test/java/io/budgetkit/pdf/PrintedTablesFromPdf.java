package io.budgetkit.pdf;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.layout.ColumnSpec;
import io.budgetkit.layout.LabelledRow;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.money.Amount;
import io.budgetkit.pdf.table.ExtractedTable;
import io.budgetkit.pdf.table.PrintedAmount;
import io.budgetkit.pdf.table.TableRow;
import io.budgetkit.table.RowKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The tables an import read, as the {@link PrintedTables} of a budget-json layout (上海普陀 部门预算 or
 * 单位预算), for tests that compare documents until the importer fills {@link
 * io.budgetkit.document.BudgetDocument#layoutTables()} itself.
 *
 * <p>A code row keeps its code; a total row becomes the layout's total label; a labelled row (表1
 * and 表4 income) is matched to the layout's label with numbering and spaces ignored; an expenditure
 * row of 表1 and 表4 printed by 类 name is keyed by the 类 whose catalog name it prints. Columns are
 * matched by position within the part, as the two descriptions list them in the same order; a part
 * printing one 预算数 column gives each row's total. A row that cannot be keyed is returned in {@link
 * #unmatched}, never dropped silently.
 */
final class PrintedTablesFromPdf {
  private static final Map<String, String[]> KEYS =
      Map.of(
          "financial-summary", new String[] {"收入", "t1.income", "支出", "t1.expenditure"},
          "income-summary", new String[] {"收入", "t2"},
          "expenditure-summary", new String[] {"支出", "t3"},
          "appropriation-summary", new String[] {"收入", "t4.income", "支出", "t4.expenditure"},
          "general-public-by-function", new String[] {"支出", "t5"},
          "government-fund-by-function", new String[] {"支出", "t6"},
          "state-capital-by-function", new String[] {"支出", "t7"},
          "basic-by-economic", new String[] {"基本支出", "t8"},
          "three-public-costs", new String[] {"三公", "t9"});

  final PrintedTables tables;
  final List<String> unmatched = new ArrayList<>();

  PrintedTablesFromPdf(Layout layout, ImportResult result) {
    Map<String, FunctionCode> classes = new HashMap<>();
    Catalog.standard()
        .functionNames()
        .forEach(
            (code, name) -> {
              if (code.level() == CodeLevel.CLASS) {
                classes.put(squeeze(name), code);
              }
            });
    ImmutableList.Builder<PrintedTable> out = ImmutableList.builder();
    for (ExtractedTable t : result.tables()) {
      String[] parts = KEYS.get(t.spec().id());
      if (parts == null) {
        unmatched.add(t.spec().id() + ": no layout table");
        continue;
      }
      for (int i = 0; i < parts.length; i += 2) {
        String part = parts[i];
        TableSpec spec = layout.table(parts[i + 1]).orElseThrow();
        List<String> labels = t.columns().getOrDefault(part, ImmutableList.of());
        Map<String, String> column = new HashMap<>();
        for (int c = 0; c < labels.size() && c < spec.columns().size(); c++) {
          column.put(labels.get(c), spec.columns().get(c).id());
        }
        if (labels.equals(List.of("预算数")) && !column.get("预算数").equals("budget")) {
          // one figure per row: the row's total
          column.put("预算数", "total");
        } else if (labels.size() != spec.columns().size()) {
          unmatched.add(
              spec.key()
                  + ": columns "
                  + labels
                  + " against "
                  + spec.columns().stream().map(ColumnSpec::id).toList());
        }
        Map<RowKey, io.budgetkit.table.TableRow> rows = new LinkedHashMap<>();
        for (TableRow r : t.rows(part)) {
          Optional<RowKey> key = key(spec, r, classes);
          if (key.isEmpty()) {
            unmatched.add(spec.key() + ": row '" + r.label() + "' " + r.cells().keySet());
            continue;
          }
          ImmutableMap.Builder<String, Amount> cells = ImmutableMap.builder();
          for (Map.Entry<String, PrintedAmount> e : r.cells().entrySet()) {
            String id = column.get(e.getKey());
            if (id == null) {
              unmatched.add(spec.key() + ": cell " + e.getKey() + " of '" + r.label() + "'");
              continue;
            }
            cells.put(id, e.getValue().amount());
          }
          rows.putIfAbsent(
              key.get(),
              new io.budgetkit.table.TableRow(key.get(), r.label(), cells.buildKeepingLast()));
        }
        out.add(PrintedTable.of(spec.key(), rows.values()));
      }
    }
    tables = new PrintedTables(layout, out.build());
  }

  private static Optional<RowKey> key(
      TableSpec spec, TableRow r, Map<String, FunctionCode> classes) {
    if (r.function().isPresent()) {
      return Optional.of(new RowKey.Function(r.function().get()));
    }
    if (r.economic().isPresent()) {
      return Optional.of(new RowKey.Economic(r.economic().get()));
    }
    String label = squeeze(r.label());
    List<LabelledRow> labelled = new ArrayList<>(spec.rows().leading());
    labelled.addAll(spec.rows().trailing());
    for (LabelledRow l : labelled) {
      if (squeeze(l.label()).equals(label) || unnumbered(l.label()).equals(unnumbered(r.label()))) {
        return Optional.of(l.key());
      }
    }
    if (r.total() && !spec.rows().trailing().isEmpty()) {
      return Optional.of(spec.rows().trailing().get(spec.rows().trailing().size() - 1).key());
    }
    FunctionCode c = classes.get(unnumbered(r.label()));
    if (c != null) {
      return Optional.of(new RowKey.Function(c));
    }
    if (spec.key().equals("t9") && !spec.rows().leading().isEmpty()) {
      return Optional.of(spec.rows().leading().get(0).key());
    }
    return Optional.empty();
  }

  private static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static String unnumbered(String s) {
    return squeeze(s).replaceFirst("^[一二三四五六七八九十0-9]+[、.．]", "");
  }
}
