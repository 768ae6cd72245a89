package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.port.in.AuditLinkageLog;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.report.TreeHeadDocument;
import org.citygov.domain.linkage.SignedTreeHead;
import org.citygov.domain.merkle.Sha256;

/** The linkage log, for auditors (5.4 (3)): its signed head, and inclusion and consistency proofs against it. */
final class LinkageLogResource implements Resource {

    private static final String LINKAGE_LOG = "Linkage log";

    private final UseCases useCases;

    LinkageLogResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void addTo(RouteTable table) {
        table.get("/linkage-log/head").id("getLinkageLogHead", LINKAGE_LOG,
                        "Read the linkage log's signed tree head and its public key").roles(Roles.LOG_AUDITORS)
                .returns(200, TreeHeadDocument.class).handle(this::head);
        table.get("/linkage-log/entries/{seq}/proof").id("getInclusionProof", LINKAGE_LOG,
                        "Prove that a linkage log entry is in the signed tree").roles(Roles.LOG_AUDITORS)
                .returns(200, Representations.InclusionProof.class).handle(this::inclusionProof);
        table.get("/linkage-log/consistency").id("getConsistencyProof", LINKAGE_LOG,
                        "Prove that the linkage log of one size is a prefix of the log of a larger size")
                .roles(Roles.LOG_AUDITORS)
                .query("from", true, Operation.QueryType.SIZE, "The earlier tree size")
                .query("to", false, Operation.QueryType.SIZE, "The later tree size (default: the signed head's)")
                .returns(200, Representations.ConsistencyProof.class).errors(400).handle(this::consistencyProof);
    }

    /** The head as auditors keep it: the same document {@code citygov log verify --trusted-head} reads. */
    private TreeHeadDocument document(SignedTreeHead head) {
        return TreeHeadDocument.of(head, useCases.auditLinkageLog().publicKey());
    }

    private void head(Context ctx, Caller caller) {
        Answers.json(ctx, 200, document(useCases.auditLinkageLog().treeHead()));
    }

    private void inclusionProof(Context ctx, Caller caller) {
        String raw = ctx.pathParam("seq");
        long sequence;
        try {
            sequence = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound(ProblemText.of("linkageLog.none", raw));
        }
        AuditLinkageLog.InclusionProof proof = value(useCases.auditLinkageLog().inclusionProof(sequence));
        Answers.json(ctx, 200, new Representations.InclusionProof(proof.entry().sequence(), proof.entry().body(),
                Sha256.hex(proof.entry().leafHash()), document(proof.head()), proof.path().stream()
                .map(Sha256::hex).toList()));
    }

    private void consistencyProof(Context ctx, Caller caller) {
        Http.Query query = new Http.Query(ctx);
        long from = query.size("from", true);
        long to = query.size("to", false);
        query.check();
        AuditLinkageLog.ConsistencyProof proof = value(ctx.queryParam("to") == null
                ? useCases.auditLinkageLog().consistencyProof(from)
                : useCases.auditLinkageLog().consistencyProof(from, to));
        Answers.json(ctx, 200, new Representations.ConsistencyProof(proof.firstSize(), proof.secondSize(),
                document(proof.head()), proof.path().stream().map(Sha256::hex).toList()));
    }
}
