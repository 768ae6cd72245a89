package org.citygov.application.port.in;

import java.util.concurrent.CompletionStage;

import org.citygov.domain.linkage.Decision;
import org.citygov.domain.linkage.LinkageRequest;
import org.citygov.domain.linkage.LogEntry;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.shared.Result;

/**
 * The city OS asks whether data may be handed along (5.4 (2), (3)): every request is decided by the rules in force and
 * logged before the answer returns; every transfer made under a permit is logged too.
 */
public interface DecideLinkage {

    /** A decision with its log entry; {@code explanation} is the decision's explanation as the entry records it. */
    record Logged(Decision decision, LogEntry entry, String explanation) {
    }

    /**
     * Decides and logs a request {@code asker} makes: FORBIDDEN when a PROVIDER asks on behalf of another party than
     * itself (a receiving party asks for its own data only); every other role may ask for any party.
     */
    Result<Logged> decide(LinkageRequest request, Authenticate.Caller asker);

    /**
     * As {@link #decide}, without waiting: the stage completes once the decision's entry is durable in the log (or
     * at once, with a failure, when the request is refused before it is decided). It completes exceptionally, and
     * nothing is answered as logged, when the log does not store the entry. It may complete on a thread of the log;
     * whoever continues it must not block that thread.
     */
    CompletionStage<Result<Logged>> decideWhenLogged(LinkageRequest request, Authenticate.Caller asker);

    /** Logs a transfer made under the permitting decision logged at {@code decisionSequence}. */
    Result<LogEntry> recordTransfer(long decisionSequence);

    /**
     * Compiles a project's rules in force (after a rule version changed) into the decision point; decisions go on
     * meanwhile and use the new rules from the next one. Returns the new policy generation.
     */
    Result<Long> compileRules(ProjectId project);
}
