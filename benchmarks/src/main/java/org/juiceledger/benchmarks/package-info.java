/** The benchmark harness: measures the product end to end on PostgreSQL and prints a Markdown table. */
package org.juiceledger.benchmarks;
