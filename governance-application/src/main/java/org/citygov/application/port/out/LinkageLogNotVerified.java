package org.citygov.application.port.out;

import java.util.Objects;

import org.citygov.domain.linkage.LogVerification;

/**
 * The stored linkage log does not verify — tampered with, or entries no signed head covers — so it is not opened for
 * appends, and nothing is signed over it. Carries the outcome, so that a command can exit with the status
 * {@code log verify} gives it.
 */
public final class LinkageLogNotVerified extends IllegalStateException {

    private final transient LogVerification verification;

    public LinkageLogNotVerified(LogVerification verification, String message) {
        super(message);
        this.verification = Objects.requireNonNull(verification, "verification");
        if (verification.intact()) {
            throw new IllegalArgumentException("an intact log is verified");
        }
    }

    public LogVerification verification() {
        return verification;
    }
}
