package org.juiceledger.query.support;

import org.juiceledger.query.projection.ProjectionNames;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The projections (processor names, see {@link ProjectionNames}) a controller's reads come from.
 * {@link ReadYourWrites} waits only for these and says in the response when one of them is behind or
 * failing. A query controller without it waits for every projection.
 */
@Documented
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface ReadsProjections {
    String[] value();
}
