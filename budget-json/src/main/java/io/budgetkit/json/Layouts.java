package io.budgetkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.budgetkit.layout.Layout;
import io.budgetkit.layout.PrintedTable;
import io.budgetkit.layout.PrintedTables;
import io.budgetkit.layout.TableSpec;
import io.budgetkit.table.Disclosure;
import io.budgetkit.table.DisclosureTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The layouts shipped with the library, and layouts loaded from a user's file.
 *
 * <p>Shipped: {@code shanghai-putuo-unit} (上海市普陀区 区级单位预算, 2024–2025) and {@code
 * shanghai-putuo-department} (区级部门预算), and {@code xinjiang-atushi-2023-unit}, the seed's ten tables
 * (新疆阿图什市 2023 单位预算, in 万元). Each is a layout file under {@code io/budgetkit/json/layouts/} in this
 * jar; copy one, change it, and load it with {@link #load}.
 */
public final class Layouts {
  private Layouts() {}

  /** The ids of the shipped layouts, in the order {@code budget layouts} lists them. */
  public static final ImmutableList<String> SHIPPED =
      ImmutableList.of(
          "shanghai-putuo-unit", "shanghai-putuo-department", "xinjiang-atushi-2023-unit");

  private static final ImmutableList<Layout> LAYOUTS = loadShipped();

  private static ImmutableList<Layout> loadShipped() {
    ImmutableList.Builder<Layout> out = ImmutableList.builder();
    for (String id : SHIPPED) {
      String resource = "layouts/" + id + ".json";
      try (InputStream in = Layouts.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException(
              "Shipped layout " + resource + " is missing from the jar");
        }
        out.add(LayoutJson.read(new InputStreamReader(in, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out.build();
  }

  /**
   * The id of the seed's layout ({@code xinjiang-atushi-2023-unit}): the ten tables 表1–表10 in 万元,
   * the shape every document of JSON format 1.0 printed its {@code published} tables in.
   */
  public static final String SEED = "xinjiang-atushi-2023-unit";

  /**
   * Ten tables entered as a {@link Disclosure} (表1–表10, columns of {@link
   * io.budgetkit.table.TableId}) as the tables of the seed's layout {@value #SEED}: each table
   * becomes the layout table of its number, rows, figures and note unchanged (figures printed with
   * two decimals, as 万元 tables are). This is how a format 1.0 document's {@code published} tables
   * are read.
   *
   * @throws IllegalArgumentException if a table has a cell in a column its layout table lacks
   */
  public static PrintedTables inSeedLayout(Disclosure published) {
    requireNonNull(published, "published");
    Layout layout = byId(SEED).orElseThrow();
    ImmutableList.Builder<PrintedTable> tables = ImmutableList.builder();
    for (DisclosureTable t : published.tables()) {
      TableSpec spec =
          layout.tables().stream()
              .filter(s -> s.number() == t.id().number())
              .findFirst()
              .orElseThrow(
                  () -> new IllegalArgumentException("No " + t.id().label() + " in " + SEED));
      for (io.budgetkit.table.TableRow r : t.rows()) {
        for (String column : r.cells().keySet()) {
          if (spec.column(column).isEmpty()) {
            throw new IllegalArgumentException(
                t.id().label()
                    + " row "
                    + r.key().id()
                    + ": no column '"
                    + column
                    + "' in "
                    + SEED);
          }
        }
      }
      tables.add(
          new PrintedTable(
              spec.key(),
              ImmutableList.copyOf(t.rows()),
              t.note(),
              ImmutableMap.of(),
              ImmutableMap.of()));
    }
    return new PrintedTables(layout, tables.build());
  }

  /** The shipped layouts. */
  public static ImmutableList<Layout> shipped() {
    return LAYOUTS;
  }

  /** The shipped layout with {@code id}, if any. */
  public static Optional<Layout> byId(String id) {
    requireNonNull(id, "id");
    return LAYOUTS.stream().filter(l -> l.id().equals(id)).findFirst();
  }

  /**
   * A shipped layout by id, or else a layout file at the path {@code idOrFile}.
   *
   * @throws BudgetJsonException if the file is not a valid layout
   * @throws IllegalArgumentException if {@code idOrFile} is neither a shipped id nor a file
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Layout load(String idOrFile) throws BudgetJsonException {
    requireNonNull(idOrFile, "idOrFile");
    Optional<Layout> shipped = byId(idOrFile);
    if (shipped.isPresent()) {
      return shipped.get();
    }
    Path path = Path.of(idOrFile);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException(
          "No layout '" + idOrFile + "': expected a file or one of " + SHIPPED);
    }
    try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      return LayoutJson.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
