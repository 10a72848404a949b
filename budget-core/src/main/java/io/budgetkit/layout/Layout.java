package io.budgetkit.layout;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.budgetkit.code.EconomicCode;
import io.budgetkit.document.DisclosureLevel;
import io.budgetkit.money.MoneyUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * How one region, level and period prints its budget disclosure: the tables, their rows and
 * columns, the slice of lines each column sums, the units, and which economic classes count as
 * 人员经费.
 *
 * <p>A layout is data: the shipped ones are resource files (see {@code budget layouts}), and a user
 * describes another region's documents by copying one and changing it, without writing Java.
 * Derivation ({@link LayoutDerivation}) and the generated identities ({@link Identities}) interpret
 * it. Immutable.
 *
 * @param id the stable id, e.g. {@code shanghai-putuo-unit}
 * @param name a readable name, e.g. 上海普陀 区级单位预算
 * @param level whether its documents are 单位预算 or 部门预算
 * @param region where documents of this layout come from, e.g. 上海市普陀区
 * @param narrativeUnit the unit the narrative prints amounts in
 * @param personnelClasses the economic classes whose basic expenditure is 人员经费 (default 301 and
 *     303)
 * @param wholeYuan whether the budget system behind these documents keeps amounts in whole 元, so
 *     that a figure printed in 元 without decimals is exact rather than rounded (上海普陀: every figure
 *     its tables print to the fen ends in .00, and some documents print the same figures without
 *     decimals)
 * @param tables the tables, in printed order
 */
public record Layout(
    String id,
    String name,
    DisclosureLevel level,
    String region,
    MoneyUnit narrativeUnit,
    ImmutableList<EconomicCode> personnelClasses,
    boolean wholeYuan,
    ImmutableList<TableSpec> tables) {

  /** Checks the components: unique table keys. */
  public Layout {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    requireNonNull(region, "region");
    requireNonNull(narrativeUnit, "narrativeUnit");
    requireNonNull(personnelClasses, "personnelClasses");
    requireNonNull(tables, "tables");
    if (id.isBlank()) {
      throw new IllegalArgumentException("Layout id must not be blank");
    }
    Set<String> keys = new HashSet<>();
    for (TableSpec t : tables) {
      if (!keys.add(t.key())) {
        throw new IllegalArgumentException("Layout " + id + " repeats table key '" + t.key() + "'");
      }
    }
  }

  /** The table with {@code key}, if the layout has it. */
  public Optional<TableSpec> table(String key) {
    for (TableSpec t : tables) {
      if (t.key().equals(key)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** The standard 人员经费 classes: 301 工资福利支出 and 303 对个人和家庭的补助. */
  public static ImmutableList<EconomicCode> standardPersonnelClasses() {
    return ImmutableList.of(EconomicCode.parse("301"), EconomicCode.parse("303"));
  }
}
