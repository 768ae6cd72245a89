package org.citygov.application.platform;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.citygov.domain.platform.AgreementReview;
import org.citygov.domain.platform.Duty;
import org.citygov.domain.platform.Finding;
import org.citygov.domain.platform.IncidentReview;
import org.citygov.domain.platform.Listing;
import org.citygov.domain.platform.PlatformAssessment;
import org.citygov.domain.platform.ProjectLink;

/**
 * The platform assessment as MARKET.md spells it ({@code citygov-platform-assessment/1}): the same JSON from the CLI,
 * the REST API and the Java API. Field names and codes are the contract's; {@code at} (the instant judged at) is
 * added, and {@code projects} (present only when the assessment looked up the governance projects the document's
 * {@code sources} name: provenance, incident rules, incidents that trigger a revision); fields are only ever added.
 */
@JsonPropertyOrder({"format", "platform", "edition", "at", "liability", "duties", "listings", "agreements",
        "framework", "incidents", "projects", "acceptable"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlatformAssessmentDocument(String format, String platform, String edition, String at,
                                         LiabilityPart liability, List<DutyEntry> duties, List<ListingEntry> listings,
                                         List<AgreementEntry> agreements, FrameworkPart framework,
                                         List<IncidentEntry> incidents,
                                         @org.citygov.application.report.Nullable List<ProjectEntry> projects,
                                         boolean acceptable) {

    public static final String FORMAT = "citygov-platform-assessment/1";

    public static PlatformAssessmentDocument of(PlatformAssessment a) {
        return new PlatformAssessmentDocument(FORMAT, a.platform().value(), a.edition(), a.at().toString(),
                new LiabilityPart(a.liability().design().name(), a.liability().content().name(),
                        a.liability().security().name(), a.liability().explanation()),
                a.duties().stream().map(DutyEntry::of).toList(),
                a.listings().stream().map(ListingEntry::of).toList(),
                a.agreements().stream().map(AgreementEntry::of).toList(),
                new FrameworkPart(a.framework().cooperative(), entries(a.framework().gaps())),
                a.incidents().stream().map(IncidentEntry::of).toList(),
                a.projects().isEmpty() ? null : a.projects().stream().map(ProjectEntry::of).toList(),
                a.acceptable());
    }

    static List<FindingEntry> entries(List<Finding> findings) {
        return findings.stream().map(FindingEntry::of).toList();
    }

    @JsonPropertyOrder({"design", "content", "security", "explanation"})
    public record LiabilityPart(String design, String content, String security, String explanation) {
    }

    @JsonPropertyOrder({"id", "holder", "layer", "text", "met", "basis"})
    public record DutyEntry(String id, String holder, String layer, String text, boolean met, String basis) {
        static DutyEntry of(Duty d) {
            return new DutyEntry(d.id(), d.holder().value(), d.layer().name(), d.text(), d.met(), d.basis());
        }
    }

    @JsonPropertyOrder({"code", "severity", "subject", "text", "basis"})
    public record FindingEntry(String code, String severity, String subject, String text, String basis) {
        static FindingEntry of(Finding f) {
            return new FindingEntry(f.code().code(), f.severity().name(), f.subject(), f.text(), f.basis());
        }
    }

    @JsonPropertyOrder({"offer", "status", "findings"})
    public record ListingEntry(String offer, String status, List<FindingEntry> findings) {
        static ListingEntry of(Listing l) {
            return new ListingEntry(l.offer().value(), l.status().name(), entries(l.findings()));
        }
    }

    @JsonPropertyOrder({"id", "valid", "findings"})
    public record AgreementEntry(String id, boolean valid, List<FindingEntry> findings) {
        static AgreementEntry of(AgreementReview r) {
            return new AgreementEntry(r.id().value(), r.valid(), entries(r.findings()));
        }
    }

    @JsonPropertyOrder({"cooperative", "gaps"})
    public record FrameworkPart(boolean cooperative, List<FindingEntry> gaps) {
    }

    @JsonPropertyOrder({"id", "reportable", "deadlines", "impact", "findings"})
    public record IncidentEntry(String id, boolean reportable, List<DeadlineEntry> deadlines, ImpactPart impact,
                                List<FindingEntry> findings) {
        static IncidentEntry of(IncidentReview r) {
            return new IncidentEntry(r.id().value(), r.reportable(),
                    r.deadlines().stream().map(DeadlineEntry::of).toList(),
                    new ImpactPart(r.impact().participants().stream().map(p -> p.value()).toList(),
                            r.impact().criticalServices().stream().map(Enum::name).toList()),
                    entries(r.findings()));
        }
    }

    /** {@code done} is null while the notification has not been made. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"to", "kind", "due", "done", "status"})
    public record DeadlineEntry(String to, String kind, String due,
                                @org.citygov.application.report.Nullable String done, String status) {
        static DeadlineEntry of(IncidentReview.Deadline d) {
            return new DeadlineEntry(d.to().code(), d.kind().name(), d.due().toString(),
                    d.done().map(Object::toString).orElse(null), d.status().name());
        }
    }

    @JsonPropertyOrder({"participants", "criticalServices"})
    public record ImpactPart(List<String> participants, List<String> criticalServices) {
    }

    /** A governance project the offers' data comes from, and what the assessment found between them. */
    @JsonPropertyOrder({"project", "offers", "findings", "revisionTriggeredBy"})
    public record ProjectEntry(String project, List<String> offers, List<FindingEntry> findings,
                               List<String> revisionTriggeredBy) {
        static ProjectEntry of(ProjectLink link) {
            return new ProjectEntry(link.project().value(), link.offers().stream().map(o -> o.value()).toList(),
                    entries(link.findings()), link.revisionTriggers().stream().map(i -> i.value()).toList());
        }
    }
}
