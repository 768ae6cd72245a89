package org.citygov.adapter.rest;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

import org.citygov.application.input.DocumentReader;
import org.citygov.application.input.Syntax;

/**
 * Reading the body of {@code POST /linkage-decisions}: the general {@link DocumentReader} (located tree, Jackson
 * binding, shape check, Bean Validation) against {@link DecisionRequestReader}'s one streaming pass, on the body the
 * route sees most. It lives in the REST adapter's package to reach its package-private readers.
 * {@code scripts/bench DecisionBodyBenchmark -f 1 -wi 3 -i 5}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecisionBodyBenchmark {

    static final String BODY = "{\"project\": \"kashiwanoha-frailty\", \"party\": \"university\", \"asset\":"
            + " \"research-dataset\", \"purpose\": \"RESEARCH\", \"subject\": \"resident-0042\", \"fields\": [\"age\","
            + " \"frailty-score\"]}";

    private final DocumentReader general = new DocumentReader();

    @Benchmark
    public Object generalReader() {
        return general.read(BODY, Syntax.JSON, Representations.DecisionRequest.class);
    }

    @Benchmark
    public Object fastReader() {
        return DecisionRequestReader.read(BODY).orElseThrow();
    }
}
