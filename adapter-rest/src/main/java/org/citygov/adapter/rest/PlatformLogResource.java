package org.citygov.adapter.rest;

import static org.citygov.adapter.rest.Answers.value;

import io.javalin.http.Context;

import org.citygov.application.port.in.AuditLinkageLog;
import org.citygov.application.port.in.Authenticate.Caller;
import org.citygov.application.report.TreeHeadDocument;
import org.citygov.domain.merkle.Sha256;
import org.citygov.domain.platform.PlatformId;

/**
 * Who received whose data under which terms: a platform's agreements and delivery decisions as the tamper-evident
 * linkage log holds them (a PROVIDER sees those about its offers, a USER its own), each with an inclusion proof
 * against the log's signed head, the same proof auditors get from {@code /linkage-log/entries/{seq}/proof}.
 */
final class PlatformLogResource implements Resource {

    private final UseCases useCases;

    PlatformLogResource(UseCases useCases) {
        this.useCases = useCases;
    }

    @Override
    public void addTo(RouteTable table) {
        String tag = PlatformAssessmentResource.PLATFORMS;
        table.get("/platforms/{platformId}/log-entries").id("listPlatformLogEntries", tag, "List the platform's"
                        + " agreements and delivery decisions in the linkage log that the caller may see")
                .roles(Roles.PLATFORM_READERS).paged().returns(200, PlatformRepresentations.LogEntryPage.class).handle(this::list);
        table.get("/platforms/{platformId}/log-entries/{seq}/proof").id("getPlatformLogEntryProof", tag,
                        "Prove that one of the platform's log entries is in the linkage log's signed tree")
                .roles(Roles.PLATFORM_READERS).returns(200, Representations.InclusionProof.class).handle(this::proof);
    }

    private void list(Context ctx, Caller caller) {
        Http.PageRequest page = Http.page(ctx);
        PlatformId id = PlatformAccess.id(ctx);
        Representations.Page<PlatformRepresentations.LogEntryItem> items = page.of(value(useCases.platforms().log()
                .entries(id, caller)).stream().map(PlatformRepresentations.LogEntryItem::of).toList());
        Answers.json(ctx, 200, new PlatformRepresentations.LogEntryPage(id.value(), items.items(), items.offset(),
                items.limit(), items.total()));
    }

    private void proof(Context ctx, Caller caller) {
        PlatformId id = PlatformAccess.id(ctx);
        String raw = ctx.pathParam("seq");
        long sequence;
        try {
            sequence = Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ApiProblem.notFound(ProblemText.of("platform.log.none", id, raw));
        }
        AuditLinkageLog.InclusionProof proof = value(useCases.platforms().log().proof(id, sequence, caller));
        Answers.json(ctx, 200, new Representations.InclusionProof(proof.entry().sequence(), proof.entry().body(),
                Sha256.hex(proof.entry().leafHash()), TreeHeadDocument.of(proof.head(),
                useCases.auditLinkageLog().publicKey()), proof.path().stream().map(Sha256::hex).toList()));
    }
}
