package io.budgetkit.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.core.io.ContentReference;
import com.fasterxml.jackson.core.json.JsonReadContext;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/**
 * Jackson's parsing context with its strict duplicate detection done more cheaply: the same check
 * at the same moment (as the parser sets a field name) with the same exception, {@code Duplicate
 * field 'name'} at the parser's location, but the names of an object kept in a small array rather
 * than a new {@code HashSet} for each object of three names or more (Jackson's {@code
 * DupDetector}), a set only past {@value #SCAN} names.
 *
 * <p>Where the factory interns names (Jackson's default), names are compared by identity: Jackson
 * promises that every name is then {@code intern()}ed, and interned strings are equal only if they
 * are the same string.
 *
 * <p>{@link #install} puts it in place of a new parser's root context. Jackson has no setting for
 * the context, so it is set through the parser's protected field; where that is not allowed (the
 * module system, another parser), the parser keeps Jackson's own detection, to the same effect.
 */
final class NamesContext extends JsonReadContext {
  /** Names of one object looked through one by one; past these, a hash set. */
  private static final int SCAN = 16;

  /** {@code ParserBase._parsingContext}, or null if it cannot be set. */
  private static final Field PARSING_CONTEXT = parsingContextField();

  private final JsonParser parser;

  /**
   * Whether the parser's names are all {@code String.intern()}ed, as Jackson promises when its
   * factory canonicalizes and interns them: then equal names are the same string.
   */
  private final boolean interned;

  private String[] names = new String[8];
  private int[] hashes = new int[8];
  private int count;
  private Set<String> many;

  private NamesContext(
      NamesContext parent,
      JsonParser parser,
      boolean interned,
      int depth,
      int type,
      int line,
      int column) {
    super(parent, depth, null, type, line, column);
    this.parser = parser;
    this.interned = interned;
  }

  /**
   * Replaces the root context of {@code p}, a parser of {@code factory} created with strict
   * duplicate detection on which no token has been read yet; leaves it as it is if that cannot be
   * done.
   */
  static void install(JsonParser p, JsonFactory factory) {
    if (PARSING_CONTEXT == null
        || !(p instanceof ParserBase base)
        || !p.isEnabled(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature())
        || p.hasCurrentToken()) {
      return;
    }
    JsonReadContext root = base.getParsingContext();
    if (root == null || !root.inRoot() || root.getParent() != null || root.hasCurrentName()) {
      return;
    }
    JsonLocation start = root.startLocation(ContentReference.unknown());
    boolean interned =
        factory.isEnabled(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
            && factory.isEnabled(JsonFactory.Feature.INTERN_FIELD_NAMES);
    NamesContext names =
        new NamesContext(null, p, interned, 0, TYPE_ROOT, start.getLineNr(), start.getColumnNr());
    try {
      PARSING_CONTEXT.set(p, names);
    } catch (IllegalAccessException | RuntimeException e) {
      // keep Jackson's own context
    }
  }

  private static Field parsingContextField() {
    try {
      Field f = ParserBase.class.getDeclaredField("_parsingContext");
      if (f.getType() != JsonReadContext.class) {
        return null;
      }
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }

  @Override
  public void setCurrentName(String name) throws JsonProcessingException {
    _currentName = name;
    if (seen(name)) {
      throw new JsonParseException(parser, "Duplicate field '" + name + "'");
    }
  }

  /** Whether {@code name} was already set in this object; remembers it if not. */
  private boolean seen(String name) {
    if (many != null) {
      return !many.add(name);
    }
    String[] n = names;
    int[] hs = hashes;
    int c = count;
    int h = 0;
    if (interned) {
      // interned names are equal if and only if they are the same string
      for (int i = 0; i < c; i++) {
        if (n[i] == name) {
          return true;
        }
      }
    } else {
      // a string's hash is computed once: names are compared by hash first, an equal one by equals
      h = name.hashCode();
      for (int i = 0; i < c; i++) {
        if (hs[i] == h && n[i].equals(name)) {
          return true;
        }
      }
    }
    if (c == SCAN) {
      many = new HashSet<>(Arrays.asList(n).subList(0, c));
      many.add(name);
      return false;
    }
    if (c == n.length) {
      names = n = Arrays.copyOf(n, c * 2);
      hashes = hs = Arrays.copyOf(hs, c * 2);
    }
    n[c] = name;
    hs[c] = h;
    count = c + 1;
    return false;
  }

  @Override
  public void reset(int type, int line, int column) {
    super.reset(type, line, column);
    count = 0;
    many = null;
  }

  @Override
  public JsonReadContext createChildArrayContext(int line, int column) {
    return child(TYPE_ARRAY, line, column);
  }

  @Override
  public JsonReadContext createChildObjectContext(int line, int column) {
    return child(TYPE_OBJECT, line, column);
  }

  private JsonReadContext child(int type, int line, int column) {
    JsonReadContext c = _child;
    if (c == null) {
      c = new NamesContext(this, parser, interned, _nestingDepth + 1, type, line, column);
      _child = c;
    } else {
      c.reset(type, line, column);
    }
    return c;
  }
}
