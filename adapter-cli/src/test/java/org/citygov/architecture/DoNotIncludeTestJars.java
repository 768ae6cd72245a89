package org.citygov.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out test-jars such as {@code governance-domain-*-tests.jar}: in a reactor build after {@code package} they
 * are on the classpath as jars, which {@link ImportOption.DoNotIncludeTests} (it looks for test-classes directories)
 * does not recognize, and their test classes would then count as production code.
 */
public final class DoNotIncludeTestJars implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !(location.isArchive() && location.contains("-tests.jar"));
    }
}
