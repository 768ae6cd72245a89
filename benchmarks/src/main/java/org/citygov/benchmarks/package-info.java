/** JMH benchmarks of CityGov; run with {@code scripts/bench}. Figures go to {@code docs/benchmarks.md}. */
package org.citygov.benchmarks;
