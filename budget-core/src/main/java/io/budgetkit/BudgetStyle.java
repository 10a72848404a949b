package io.budgetkit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the library: the generated implementation stays package-private, each
 * value type exposes its own public {@code Builder}, and accessors carry no {@code get} prefix.
 * Applied to packages through their {@code package-info.java}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    jdkOnly = false,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = false,
    depluralize = true,
    depluralizeDictionary = {"line", "project", "indicator", "finding", "row", "column", "part"})
public @interface BudgetStyle {}
