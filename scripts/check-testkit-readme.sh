#!/usr/bin/env bash
# Proves the README's test-kit instructions in a fresh Maven project: the budget artifacts are
# installed into a private copy of the local repository (never the shared ~/.m2), a new project
# declares budget-testkit with test scope exactly as the README does, and its property test must
# compile and pass. Offline; takes about a minute.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
repo="$work/m2"
cp -a "${HOME}/.m2/repository" "$repo"
rm -rf "$repo/io/budgetkit"
(cd "$root" && mvn -B -q -o -Dmaven.repo.local="$repo" install -pl budget-testkit -am \
  -DskipTests -Dspotless.check.skip -Dmaven.javadoc.skip -Denforcer.skip)
mkdir -p "$work/fresh/src/test/java/example"
# the dependency exactly as the README prints it
snippet="$(sed -n '/<!-- testkit dependency -->/,/^```$/p' "$root/README.md" | sed -n '/<dependency>/,/<\/dependency>/p')"
cat > "$work/fresh/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>example</groupId>
  <artifactId>fresh</artifactId>
  <version>1</version>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
  </properties>
  <dependencies>
$snippet
  </dependencies>
  <build>
    <plugins>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-surefire-plugin</artifactId>
        <version>3.6.1</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-compiler-plugin</artifactId>
        <version>3.14.0</version>
      </plugin>
      <plugin>
        <groupId>org.apache.maven.plugins</groupId>
        <artifactId>maven-resources-plugin</artifactId>
        <version>3.3.1</version>
      </plugin>
    </plugins>
  </build>
</project>
POM
# the README's property, with the imports a user adds
{
  echo 'package example;'
  echo 'import static org.quicktheories.QuickTheory.qt;'
  echo 'import io.budgetkit.testkit.BudgetAssertions;'
  echo 'import io.budgetkit.testkit.BudgetGenerators;'
  echo 'import org.junit.jupiter.api.Test;'
  echo 'class ReadmePropertyTest {'
  sed -n '/<!-- snippet: property -->/,/^```$/p' "$root/README.md" | sed '1,2d;$d'
  echo '}'
} > "$work/fresh/src/test/java/example/ReadmePropertyTest.java"
(cd "$work/fresh" && mvn -B -o -Dmaven.repo.local="$repo" test | grep -E 'Tests run|BUILD|ERROR')
