package io.budgetkit.examples.readme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.budgetkit.validation.Validators;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Java snippet of the README is a region of a compiled source, word for word. */
class ReadmeTest {
  private static final Path MODULE = Path.of("").toAbsolutePath();
  private static final Pattern REGION =
      Pattern.compile("(?ms)^[ \\t]*// README:(\\w+)\\n(.*?)^[ \\t]*// END\\n");
  private static final Pattern SNIPPET =
      Pattern.compile("(?ms)^<!-- snippet: (\\w+) -->\\n```java\\n(.*?)\\n```");

  @Test
  void readmeSnippetsMirrorTheSources() throws IOException {
    Map<String, String> regions = new TreeMap<>();
    for (Path source :
        new Path[] {
          MODULE.resolve("src/main/java/io/budgetkit/examples/readme/Walkthrough.java"),
          MODULE.resolve("src/test/java/io/budgetkit/examples/readme/PropertySnippetTest.java")
        }) {
      Matcher m = REGION.matcher(Files.readString(source, StandardCharsets.UTF_8));
      while (m.find()) {
        regions.put(m.group(1), dedent(m.group(2)));
      }
    }
    Map<String, String> snippets = new TreeMap<>();
    Matcher m =
        SNIPPET.matcher(Files.readString(MODULE.resolve("../README.md"), StandardCharsets.UTF_8));
    while (m.find()) {
      snippets.put(m.group(1), m.group(2));
    }
    assertFalse(snippets.isEmpty(), "the README has no marked Java snippets");
    assertEquals(regions, snippets);
  }

  @Test
  void readmeStartsWithTheDemoThenTheTestCommand() throws IOException {
    String readme = Files.readString(MODULE.resolve("../README.md"), StandardCharsets.UTF_8);
    Matcher block = Pattern.compile("(?s)```sh\\n(.*?)\\n```").matcher(readme);
    assertEquals(true, block.find());
    String[] commands = block.group(1).split("\\n");
    assertEquals(2, commands.length);
    assertEquals(
        true, commands[0].startsWith("mvn -B -q install -DskipTests && java -jar budget-examples"));
    assertEquals(true, commands[1].startsWith("mvn -B verify"));
    String ci = Files.readString(MODULE.resolve("../.ci/run"), StandardCharsets.UTF_8);
    assertEquals(true, ci.contains("mvn -B verify"), "CI runs the README's test command");
  }

  @Test
  void readmeStatesTheNumberOfRulesTheValidatorRuns() throws IOException {
    String readme = Files.readString(MODULE.resolve("../README.md"), StandardCharsets.UTF_8);
    int rules = Validators.document().rules().size();
    assertEquals(true, readme.contains("runs " + rules + " rules"), "README should say " + rules);
  }

  private static String dedent(String text) {
    String[] lines = text.split("\\n", -1);
    int indent = Integer.MAX_VALUE;
    for (String line : lines) {
      if (!line.isBlank()) {
        indent = Math.min(indent, line.length() - line.stripLeading().length());
      }
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
    }
    return out.toString().stripTrailing();
  }
}
