package org.citygov.application.platform;

import java.util.List;
import java.util.Objects;

import org.citygov.application.input.Problem;
import org.citygov.domain.platform.DataMarket;

/** The outcome of reading a platform document: the market, or every problem that kept it from being read. */
public sealed interface PlatformReading {

    record Valid(DataMarket market) implements PlatformReading {
        public Valid {
            Objects.requireNonNull(market, "market");
        }
    }

    /** Nothing of the document was taken; each problem names its field path and, where known, its line. */
    record Invalid(List<Problem> problems) implements PlatformReading {
        public Invalid {
            problems = List.copyOf(problems);
            if (problems.isEmpty()) {
                throw new IllegalArgumentException("an invalid reading names at least one problem");
            }
        }
    }
}
