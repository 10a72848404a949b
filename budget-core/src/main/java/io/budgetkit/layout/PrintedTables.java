package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The tables of one document in its layout: the layout itself (so a document read with a user's
 * layout file stays self-describing) and the tables present, in printed order. A table of the
 * layout that the document does not print is absent.
 *
 * <p>A value: two are equal when their layouts and tables are. Tables and their specs are indexed
 * by key when built, so {@link #table} and {@link #spec} take constant time. Immutable.
 */
public final class PrintedTables {
  private final Layout layout;
  private final ImmutableList<PrintedTable> tables;
  private final Map<String, PrintedTable> byKey;
  private final Map<String, TableSpec> specs;

  /**
   * The tables {@code tables} of layout {@code layout}.
   *
   * @param layout the layout the tables follow
   * @param tables the tables present, each with a key of the layout
   * @throws IllegalArgumentException if a table is not one of the layout's, or present twice
   */
  public PrintedTables(Layout layout, ImmutableList<PrintedTable> tables) {
    this.layout = requireNonNull(layout, "layout");
    this.tables = requireNonNull(tables, "tables");
    Map<String, TableSpec> specs = new HashMap<>(layout.tables().size() * 2);
    for (TableSpec t : layout.tables()) {
      specs.put(t.key(), t);
    }
    Map<String, PrintedTable> byKey = new HashMap<>(Math.max(4, tables.size() * 2));
    for (PrintedTable t : tables) {
      if (!specs.containsKey(t.key())) {
        throw new IllegalArgumentException(
            "Table '" + t.key() + "' is not a table of layout " + layout.id());
      }
      if (byKey.putIfAbsent(t.key(), t) != null) {
        throw new IllegalArgumentException("Table '" + t.key() + "' is present twice");
      }
    }
    this.byKey = byKey;
    this.specs = specs;
  }

  /** The layout the tables follow. */
  public Layout layout() {
    return layout;
  }

  /** The tables present, in printed order. */
  public ImmutableList<PrintedTable> tables() {
    return tables;
  }

  /** The table with {@code key}, if present. */
  public Optional<PrintedTable> table(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The spec of the table with {@code key}. */
  public TableSpec spec(String key) {
    TableSpec spec = specs.get(key);
    if (spec == null) {
      throw new IllegalArgumentException("No table '" + key + "' in " + layout.id());
    }
    return spec;
  }

  @Override
  public boolean equals(Object o) {
    return o == this
        || o instanceof PrintedTables t && layout.equals(t.layout) && tables.equals(t.tables);
  }

  @Override
  public int hashCode() {
    return Objects.hash(layout, tables);
  }

  @Override
  public String toString() {
    return "PrintedTables[layout=" + layout + ", tables=" + tables + "]";
  }
}
