package org.citygov.application.report;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A component of a record written or read as JSON that may be null: where it does not apply, or where a request may
 * leave it out. Every other component of such a record is always there and never null. A record that leaves nulls
 * out ({@code @JsonInclude(NON_NULL)}) omits such a component instead of writing null. What describes the JSON (the
 * API document's schemas) is generated from the records with this rule, so it is read at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
public @interface Nullable {
}
