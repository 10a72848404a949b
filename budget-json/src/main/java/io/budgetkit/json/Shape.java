package io.budgetkit.json;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;

/**
 * The fields of one kind of JSON object, each with the reader of its value, and how the object is
 * built from them. {@link JsonIn#read(Shape)} reads an object against a shape: it rejects unknown,
 * duplicate and missing fields and reports a failing build at the object's own location.
 *
 * @param <T> the value the object encodes
 */
final class Shape<T> {
  /** Reads one JSON value; the parser stands on its first token and is left on its last. */
  @FunctionalInterface
  interface Reader<T> {
    T read(JsonIn in) throws IOException;
  }

  /** One field: its name, whether it is required, and the reader of its value. */
  record Field(String name, boolean required, Reader<?> reader, Object absent) {}

  final String what;
  private final Field[] fields;

  /** The names of the fields, in order, for {@link #indexOf(String, int)}. */
  private final String[] fieldNames;

  private final Map<String, Integer> index = new HashMap<>();
  private final Function<Values, T> build;

  private Shape(String what, Field[] fields, Function<Values, T> build) {
    this.what = what;
    this.fields = fields;
    this.build = build;
    this.fieldNames = new String[fields.length];
    for (int i = 0; i < fields.length; i++) {
      fieldNames[i] = fields[i].name();
      index.put(fields[i].name(), i);
    }
  }

  /** A shape called {@code what} in messages, built by {@code build} from {@code fields}. */
  static <T> Shape<T> of(String what, Function<Values, T> build, Field... fields) {
    return new Shape<>(what, fields.clone(), build);
  }

  /** A field that must be present. */
  static Field required(String name, Reader<?> reader) {
    return new Field(name, true, reader, null);
  }

  /** A field that may be absent: an empty {@link Optional}. */
  static Field optional(String name, Reader<?> reader) {
    return new Field(name, false, reader, null);
  }

  /** An array field that may be absent: an empty list. */
  static Field list(String name, Reader<?> element) {
    // absent: the same type as a list read (JsonIn.list), so every build may take it as one
    return new Field(name, false, in -> in.list(element), ImmutableList.of());
  }

  int size() {
    return fields.length;
  }

  Field field(int i) {
    return fields[i];
  }

  /** The index of the field {@code name}, or -1 if the shape has no such field. */
  int indexOf(String name) {
    return indexOf(name, 0);
  }

  /**
   * The index of the field {@code name}, or -1, looked for first from {@code from} on: fields are
   * mostly written in the shape's order, so the one after the last field read is the likely one.
   * The names of the fields are string literals, interned, as are the parser's field names and the
   * names the builds ask for, so a name is first looked for by identity; a name that is equal but
   * not identical (a parser that does not intern) is found by the map.
   */
  int indexOf(String name, int from) {
    String[] f = fieldNames;
    for (int i = from; i < f.length; i++) {
      if (f[i] == name) {
        return i;
      }
    }
    for (int i = 0; i < from && i < f.length; i++) {
      if (f[i] == name) {
        return i;
      }
    }
    Integer i = index.get(name);
    return i == null ? -1 : i;
  }

  T build(Object[] values) {
    return build.apply(new Values(this, values));
  }

  /** The field names, in the canonical order: {@code function, economic, fund}. */
  String names() {
    StringJoiner j = new StringJoiner(", ");
    for (Field f : fields) {
      j.add(f.name());
    }
    return j.toString();
  }

  /** The names of the required fields: {@code function, fund, kind, amount}. */
  String requiredNames() {
    StringJoiner j = new StringJoiner(", ");
    for (Field f : fields) {
      if (f.required()) {
        j.add(f.name());
      }
    }
    return j.toString();
  }

  /** The names of the required fields absent from {@code values}, or {@code null} if none. */
  List<String> missing(Object[] values) {
    List<String> missing = null;
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].required() && values[i] == null) {
        if (missing == null) {
          missing = new ArrayList<>();
        }
        missing.add(fields[i].name());
      }
    }
    return missing;
  }

  /** The values read for one object, by field name; an absent field reads as its default. */
  static final class Values {
    private final Shape<?> shape;
    private final Object[] values;

    /** Where the next name asked for is looked for first: builds mostly ask in field order. */
    private int next;

    private Values(Shape<?> shape, Object[] values) {
      this.shape = shape;
      this.values = values;
    }

    private int at(String name) {
      int i = shape.indexOf(name, next);
      next = i + 1;
      if (i < 0) {
        throw new IllegalStateException(shape.what + " has no field '" + name + "'");
      }
      return i;
    }

    /** The value of a required or list field; {@code null} for an absent optional one. */
    @SuppressWarnings("unchecked")
    <V> V get(String name) {
      int i = at(name);
      return (V) (values[i] == null ? shape.fields[i].absent() : values[i]);
    }

    /** The value of an optional field. */
    <V> Optional<V> optional(String name) {
      return Optional.ofNullable(get(name));
    }

    /** The value of an integer field. */
    int integer(String name) {
      return this.<Integer>get(name);
    }

    /** Whether the field was present in the object. */
    boolean has(String name) {
      return values[at(name)] != null;
    }

    /**
     * Checks the fields of one variant of an object whose fields depend on a discriminator: only
     * {@code allowed} may be present, and those not marked optional ({@code "relation?"}) must be.
     */
    void variant(String kind, String... allowed) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] != null && !allows(allowed, shape.fields[i].name())) {
          throw new IllegalArgumentException(
              "field \""
                  + shape.fields[i].name()
                  + "\" does not belong to a "
                  + kind
                  + "; expected fields "
                  + String.join(", ", bare(allowed)));
        }
      }
      for (String a : allowed) {
        if (!a.endsWith("?") && values[at(a)] == null) {
          throw new IllegalArgumentException(
              "missing field \""
                  + a
                  + "\" in a "
                  + kind
                  + "; expected fields "
                  + String.join(", ", bare(allowed)));
        }
      }
    }

    /** Whether {@code name} is one of {@code allowed}, with or without its {@code ?}. */
    private static boolean allows(String[] allowed, String name) {
      for (String a : allowed) {
        if (a == name) {
          // the shapes' and the variants' names are literals, the same string when equal
          if (!a.endsWith("?")) {
            return true;
          }
          continue;
        }
        int n = name.length();
        boolean same =
            a.length() == n
                ? !a.endsWith("?") && a.equals(name)
                : a.length() == n + 1 && a.endsWith("?") && a.startsWith(name);
        if (same) {
          return true;
        }
      }
      return false;
    }

    /** {@code allowed} without the {@code ?} of optional fields. */
    private static List<String> bare(String[] allowed) {
      List<String> names = new ArrayList<>();
      for (String a : allowed) {
        names.add(a.endsWith("?") ? a.substring(0, a.length() - 1) : a);
      }
      return names;
    }
  }
}
