package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The tables of one document in its layout: the layout itself (so a document read with a user's
 * layout file stays self-describing) and the tables present, in printed order. A table of the
 * layout that the document does not print is absent.
 *
 * @param layout the layout the tables follow
 * @param tables the tables present, each with a key of the layout
 */
public record PrintedTables(Layout layout, ImmutableList<PrintedTable> tables) {
  /** Checks that every table belongs to the layout, once. */
  public PrintedTables {
    requireNonNull(layout, "layout");
    requireNonNull(tables, "tables");
    Set<String> seen = new HashSet<>();
    for (PrintedTable t : tables) {
      if (layout.table(t.key()).isEmpty()) {
        throw new IllegalArgumentException(
            "Table '" + t.key() + "' is not a table of layout " + layout.id());
      }
      if (!seen.add(t.key())) {
        throw new IllegalArgumentException("Table '" + t.key() + "' is present twice");
      }
    }
  }

  /** The table with {@code key}, if present. */
  public Optional<PrintedTable> table(String key) {
    for (PrintedTable t : tables) {
      if (t.key().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The spec of the table with {@code key}. */
  public TableSpec spec(String key) {
    return layout
        .table(key)
        .orElseThrow(
            () -> new IllegalArgumentException("No table '" + key + "' in " + layout.id()));
  }
}
