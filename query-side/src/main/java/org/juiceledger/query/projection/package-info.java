/**
 * The query side's projections by name ({@code ProjectionNames}), their health and progress, and
 * what happens when a projection cannot project an event: the failed batch is retried event by event so only the
 * failing event's own sequence waits (in the dead-letter queue), stalled segments are remembered even
 * after their claim is released, and admins list, retry and evict dead letters.
 */
package org.juiceledger.query.projection;
