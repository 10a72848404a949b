package io.budgetkit.model;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Optional;

/**
 * The values of a line in a chosen list of dimensions: the key of a {@link LineSet#groupBy} result.
 * A value is absent where the line has none in that dimension (no economic code, no named project).
 * Keys order dimension by dimension, absent first, then in each dimension's natural order.
 */
public final class GroupKey implements Comparable<GroupKey> {
  private final ImmutableList<Dimension> dimensions;
  private final Object[] values;

  GroupKey(ImmutableList<Dimension> dimensions, Object[] values) {
    this.dimensions = dimensions;
    this.values = values;
  }

  /** The dimensions of this key, in order. */
  public ImmutableList<Dimension> dimensions() {
    return dimensions;
  }

  /** The value in {@code dimension}, empty where the lines have none. */
  public Optional<Object> get(Dimension dimension) {
    int i = dimensions.indexOf(requireNonNull(dimension, "dimension"));
    if (i < 0) {
      throw new IllegalArgumentException(
          "Dimension " + dimension + " is not one of this key's " + dimensions);
    }
    return Optional.ofNullable(values[i]);
  }

  /** The value in {@code dimension} as {@code type}, empty where the lines have none. */
  public <T> Optional<T> get(Dimension dimension, Class<T> type) {
    return get(dimension).map(type::cast);
  }

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public int compareTo(GroupKey other) {
    for (int i = 0; i < values.length; i++) {
      Object a = values[i];
      Object b = other.values[i];
      if (a == b) {
        continue;
      }
      if (a == null) {
        return -1;
      }
      if (b == null) {
        return 1;
      }
      int c = ((Comparable) a).compareTo(b);
      if (c != 0) {
        return c;
      }
    }
    return 0;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof GroupKey
        && ((GroupKey) o).dimensions.equals(dimensions)
        && Arrays.equals(((GroupKey) o).values, values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return Arrays.toString(values);
  }
}
