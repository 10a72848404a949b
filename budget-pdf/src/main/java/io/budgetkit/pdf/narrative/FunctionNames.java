package io.budgetkit.pdf.narrative;

import io.budgetkit.code.Catalog;
import io.budgetkit.code.CodeLevel;
import io.budgetkit.code.FunctionCode;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.table.RowKey;
import io.budgetkit.table.TableRow;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the function 项 a narrative names by its 类, 款 and 项 names: among the codes the document's
 * own tables print first (any name a row of a code is printed with), then in the catalog. A retired
 * 类 name is read as its successor's.
 */
final class FunctionNames {
  private final List<Map<FunctionCode, Set<String>>> sources;
  private final Map<String, String> formerClassNames;

  FunctionNames(
      Optional<PrintedTables> tables, Catalog catalog, Map<String, String> formerClassNames) {
    Map<FunctionCode, Set<String>> printed = new LinkedHashMap<>();
    tables.ifPresent(
        t -> {
          for (PrintedTable table : t.tables()) {
            for (TableRow row : table.rows()) {
              if (row.key() instanceof RowKey.Function f) {
                printed.computeIfAbsent(f.code(), c -> new HashSet<>()).add(normalize(row.name()));
              }
            }
          }
        });
    Map<FunctionCode, Set<String>> standard = new LinkedHashMap<>();
    catalog.functionNames().forEach((code, name) -> standard.put(code, Set.of(normalize(name))));
    this.sources = List.of(printed, standard);
    this.formerClassNames = formerClassNames;
  }

  /** The 项 named {@code item} under the 款 {@code section} of the 类 {@code cls}, if known. */
  Optional<FunctionCode> resolve(String cls, String section, String item) {
    String c = normalize(cls);
    Optional<FunctionCode> klass = find(null, CodeLevel.CLASS, c);
    if (klass.isEmpty() && formerClassNames.containsKey(c)) {
      String successor = formerClassNames.get(c);
      klass = Optional.of(FunctionCode.parse(successor.substring(0, successor.indexOf(' '))));
    }
    if (klass.isEmpty()) {
      return Optional.empty();
    }
    Optional<FunctionCode> kuan = find(klass.get(), CodeLevel.SECTION, normalize(section));
    if (kuan.isEmpty()) {
      return Optional.empty();
    }
    return find(kuan.get(), CodeLevel.ITEM, normalize(item));
  }

  private Optional<FunctionCode> find(FunctionCode parent, CodeLevel level, String name) {
    for (Map<FunctionCode, Set<String>> names : sources) {
      for (Map.Entry<FunctionCode, Set<String>> e : names.entrySet()) {
        FunctionCode code = e.getKey();
        if (code.level() == level
            && e.getValue().contains(name)
            && (parent == null || code.parent().filter(parent::equals).isPresent())) {
          return Optional.of(code);
        }
      }
    }
    return Optional.empty();
  }

  /** A name without spaces, with full-width brackets and 其他 for 其它. */
  static String normalize(String name) {
    return name.replaceAll("[\\s\\u3000]", "")
        .replace('(', '（')
        .replace(')', '）')
        .replace("其它", "其他");
  }
}
