package io.budgetkit.json;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.layout.Layout;
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
