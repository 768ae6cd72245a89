package org.citygov.application.scenario;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

import org.citygov.application.input.Lines;
import org.citygov.application.input.Problem;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataFlowId;
import org.citygov.domain.evaluation.Governance;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.evaluation.KpiId;
import org.citygov.domain.evaluation.Measurement;
import org.citygov.domain.evaluation.ProjectEvent;
import org.citygov.domain.evaluation.Threshold;
import org.citygov.domain.project.AcceptanceSurvey;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.project.ProjectOverview;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.project.ServiceId;
import org.citygov.domain.rule.Approval;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleBook;
import org.citygov.domain.rule.RuleId;
import org.citygov.domain.rule.RuleStatus;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.stakeholder.EngagementActivity;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * Between a checked {@link ScenarioDocument} and the domain's {@link ProjectParts}, both ways. The document has passed
 * Bean Validation before {@link #toParts} runs, so the domain's value checks hold; what is left to report here is
 * what the types cannot say (an enumeration value listed twice).
 */
final class ScenarioMapper {

    private ScenarioMapper() {
    }

    /** The parts, or the problems that keep the document from being read as them. */
    static Optional<ProjectParts> toParts(ScenarioDocument doc, Lines lines, List<Problem> problems) {
        repeatsIn(doc.project(), "project", lines, problems);
        for (int i = 0; i < doc.services().size(); i++) {
            repeatsIn(doc.services().get(i), "services[" + i + "]", lines, problems);
        }
        for (int i = 0; i < doc.stakeholders().size(); i++) {
            repeatsIn(doc.stakeholders().get(i), "stakeholders[" + i + "]", lines, problems);
        }
        for (int i = 0; i < doc.dataAssets().size(); i++) {
            repeatsIn(doc.dataAssets().get(i), "dataAssets[" + i + "]", lines, problems);
        }
        for (int i = 0; i < doc.dataFlows().size(); i++) {
            repeatsIn(doc.dataFlows().get(i), "dataFlows[" + i + "]", lines, problems);
        }
        List<Rule> rules = new ArrayList<>();
        List<ScenarioDocument.Rule> writtenRules = orEmpty(doc.rules());
        for (int i = 0; i < writtenRules.size(); i++) {
            toRule(writtenRules.get(i), "rules[" + i + "]", lines, problems).ifPresent(rules::add);
        }
        if (!problems.isEmpty()) {
            return Optional.empty();
        }
        Governance governance = new Governance(new RuleBook(rules),
                orEmpty(doc.kpis()).stream().map(ScenarioMapper::kpi).toList(),
                orEmpty(doc.events()).stream().map(ScenarioMapper::event).toList(),
                Optional.ofNullable(doc.catalogVersion()));
        return Optional.of(new ProjectParts(overview(doc.project()),
                doc.services().stream().map(ScenarioMapper::service).toList(),
                doc.stakeholders().stream().map(ScenarioMapper::stakeholder).toList(),
                doc.dataAssets().stream().map(ScenarioMapper::dataAsset).toList(),
                doc.dataFlows().stream().map(ScenarioMapper::dataFlow).toList(),
                governance));
    }

    // ---- one part at a time: the document has passed Bean Validation, repeats are checked by the caller ----------

    static ProjectOverview overview(ScenarioDocument.Project p) {
        ScenarioDocument.Region region = p.region();
        return new ProjectOverview(ProjectId.of(p.id()), p.name(), p.objective(), p.stage(),
                new org.citygov.domain.project.Region(region.name(), set(region.profile()),
                        orEmpty(region.acceptance()).stream()
                                .map(a -> new AcceptanceSurvey(a.dataCategory(), a.share(), a.source()))
                                .toList()));
    }

    static org.citygov.domain.project.Service service(ScenarioDocument.Service s) {
        return new org.citygov.domain.project.Service(ServiceId.of(s.id()), s.name(), s.field(), s.benefit(),
                set(orEmpty(s.sites())));
    }

    static org.citygov.domain.stakeholder.Stakeholder stakeholder(ScenarioDocument.Stakeholder s) {
        return new org.citygov.domain.stakeholder.Stakeholder(StakeholderId.of(s.id()), s.name(), s.category(),
                s.involvement(), Rating.of(s.impact()), Rating.of(s.uncertainty()), set(orEmpty(s.certifications())),
                orEmpty(s.engagements()).stream().map(ScenarioMapper::engagement).toList());
    }

    static EngagementActivity engagement(ScenarioDocument.Engagement e) {
        return new EngagementActivity(e.method(), e.heldOn(), e.note());
    }

    static org.citygov.domain.data.DataAsset dataAsset(ScenarioDocument.DataAsset a) {
        return new org.citygov.domain.data.DataAsset(DataAssetId.of(a.id()), a.name(), set(a.categories()),
                a.subject(), Optional.ofNullable(a.identifiability()), a.specialCare(),
                set(orEmpty(a.subjectGroups())), a.retentionDays(), set(a.safeguards()));
    }

    static org.citygov.domain.data.DataFlow dataFlow(ScenarioDocument.DataFlow f) {
        return new org.citygov.domain.data.DataFlow(DataFlowId.of(f.id()), DataAssetId.of(f.asset()), f.stage(),
                StakeholderId.of(f.from()), StakeholderId.of(f.to()), f.method(),
                new org.citygov.domain.data.Purpose(f.purpose().text(), f.purpose().kind(), f.purpose().beneficiary()),
                f.legalBasis(), set(f.notice()), f.continuous(), f.covert(), f.linksOtherFields(),
                Optional.ofNullable(f.lessIntrusiveAlternative()));
    }

    static Kpi kpi(ScenarioDocument.Kpi k) {
        return new Kpi(KpiId.of(k.id()), k.name(), k.kind(), new Threshold(k.threshold().direction(),
                k.threshold().value()), k.measurements().stream().map(ScenarioMapper::measurement).toList());
    }

    static Measurement measurement(ScenarioDocument.Measurement m) {
        return new Measurement(m.on(), m.value());
    }

    static ProjectEvent event(ScenarioDocument.Event e) {
        return new ProjectEvent(e.kind(), e.on(), e.note(),
                e.handledInRevision() == null ? OptionalInt.empty() : OptionalInt.of(e.handledInRevision()));
    }

    static ScenarioDocument.Kpi toDocument(Kpi k) {
        return new ScenarioDocument.Kpi(k.id().value(), k.name(), k.kind(),
                new ScenarioDocument.Threshold(k.threshold().direction(), k.threshold().value()),
                k.measurements().stream().map(m -> new ScenarioDocument.Measurement(m.on(), m.value())).toList());
    }

    static ScenarioDocument.Event toDocument(ProjectEvent e) {
        return new ScenarioDocument.Event(e.kind(), e.on(), e.note().isEmpty() ? null : e.note(),
                e.handledInRevision().isPresent() ? e.handledInRevision().getAsInt() : null);
    }

    /** The enumeration values of one part that are listed twice; {@code path} is where the part is. */
    static void repeatsIn(Object part, String path, Lines lines, List<Problem> problems) {
        String prefix = path.isEmpty() ? "" : path + ".";
        switch (part) {
            case ScenarioDocument.Project p -> noRepeats(prefix + "region.profile", p.region().profile(), lines,
                    problems);
            case ScenarioDocument.Stakeholder s -> noRepeats(prefix + "certifications", orEmpty(s.certifications()),
                    lines, problems);
            case ScenarioDocument.DataAsset a -> {
                noRepeats(prefix + "categories", a.categories(), lines, problems);
                noRepeats(prefix + "subjectGroups", orEmpty(a.subjectGroups()), lines, problems);
                noRepeats(prefix + "safeguards", a.safeguards(), lines, problems);
            }
            case ScenarioDocument.DataFlow f -> noRepeats(prefix + "notice", f.notice(), lines, problems);
            case ScenarioDocument.Service s -> noRepeats(prefix + "sites", orEmpty(s.sites()), lines, problems);
            default -> {
                // engagements list no enumeration values
            }
        }
    }

    static Optional<Rule> toRule(ScenarioDocument.Rule r, String path, Lines lines, List<Problem> problems) {
        int before = problems.size();
        String at = path.isEmpty() ? "" : path + ".";
        noRepeats(at + "appliesTo", r.appliesTo(), lines, problems);
        noRepeats(at + "mitigates", r.mitigates(), lines, problems);
        boolean approvedState = r.status() == RuleStatus.APPROVED || r.status() == RuleStatus.IN_FORCE;
        if (approvedState && (r.approvedBy() == null || r.approvedBy().isBlank() || r.approvedOn() == null)) {
            problems.add(lines.problem(at + "status", "a rule that is " + r.status() + " says who approved it and"
                    + " when: give approvedBy and approvedOn"));
        }
        if (r.status() == RuleStatus.DRAFT && (r.approvedBy() != null || r.approvedOn() != null)) {
            problems.add(lines.problem(at + "approvedBy", "a DRAFT rule has not been approved yet; remove"
                    + " approvedBy and approvedOn, or set its status to APPROVED"));
        }
        if ((r.approvedBy() == null) != (r.approvedOn() == null)) {
            problems.add(lines.problem(at + "approvedOn", "approvedBy and approvedOn go together"));
        }
        Optional<RuleTerms> terms = RuleTermsMapper.toTerms(r, path, lines, problems);
        if (problems.size() > before || terms.isEmpty()) {
            return Optional.empty();
        }
        Optional<Approval> approval = r.approvedBy() == null ? Optional.empty()
                : Optional.of(new Approval(r.approvedBy(), r.approvedOn()));
        return Optional.of(Rule.reconstitute(RuleId.of(r.id()), r.version(), r.level(), r.text(), terms.get(),
                r.appliesTo().stream().map(DataFlowId::of).collect(Collectors.toSet()), Set.copyOf(r.mitigates()),
                r.status(), approval));
    }

    /** The document of some parts; optional fields that are empty are left out, required lists are kept. */
    static ScenarioDocument toDocument(ProjectParts parts) {
        ProjectOverview o = parts.overview();
        org.citygov.domain.project.Region r = o.region();
        return new ScenarioDocument(ScenarioDocument.FORMAT,
                new ScenarioDocument.Project(o.id().value(), o.name(), o.objective(), o.stage(),
                        new ScenarioDocument.Region(r.name(), sorted(r.profile()), nullIfEmpty(r.acceptance().stream()
                                .map(a -> new ScenarioDocument.Acceptance(a.dataCategory(), a.share(), a.source()))
                                .toList()))),
                parts.services().stream().map(s -> new ScenarioDocument.Service(s.id().value(), s.name(), s.field(),
                        s.benefit(), nullIfEmpty(sorted(s.sites())))).toList(),
                parts.stakeholders().stream().map(s -> new ScenarioDocument.Stakeholder(s.id().value(), s.name(),
                        s.category(), s.involvement(), s.impact().value(), s.uncertainty().value(),
                        nullIfEmpty(sorted(s.certifications())),
                        nullIfEmpty(s.engagements().stream().map(e -> new ScenarioDocument.Engagement(e.method(),
                                e.heldOn(), e.note().isEmpty() ? null : e.note())).toList()))).toList(),
                parts.dataAssets().stream().map(a -> new ScenarioDocument.DataAsset(a.id().value(), a.name(),
                        sorted(a.categories()), a.subject(), a.identifiability().orElse(null), a.specialCare(),
                        nullIfEmpty(sorted(a.subjectGroups())), a.retentionDays(), sorted(a.safeguards())))
                        .toList(),
                parts.dataFlows().stream().map(f -> new ScenarioDocument.DataFlow(f.id().value(), f.asset().value(),
                        f.stage(), f.from().value(), f.to().value(), f.method(),
                        new ScenarioDocument.Purpose(f.purpose().text(), f.purpose().kind(), f.purpose().beneficiary()),
                        f.legalBasis(), sorted(f.notice()), f.continuous(), f.covert(), f.linksOtherFields(),
                        f.lessIntrusiveAlternative().orElse(null))).toList(),
                nullIfEmpty(parts.governance().rules().versions().stream().map(ScenarioMapper::toDocument).toList()),
                nullIfEmpty(parts.governance().kpis().stream().map(ScenarioMapper::toDocument).toList()),
                nullIfEmpty(parts.governance().events().stream().map(ScenarioMapper::toDocument).toList()),
                parts.governance().catalogVersion().orElse(null));
    }

    static ScenarioDocument.Rule toDocument(Rule r) {
        ScenarioDocument.Rule head = new ScenarioDocument.Rule(r.id().value(), r.version(), r.level(), r.kind(),
                r.text(), r.appliesTo().stream().map(DataFlowId::value).sorted().toList(),
                r.mitigates().stream().sorted().toList(), r.status(),
                r.approval().map(Approval::by).orElse(null), r.approval().map(Approval::on).orElse(null),
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null);
        return RuleTermsMapper.withTerms(head, r.terms());
    }

    private static <E> void noRepeats(String path, List<E> values, Lines lines, List<Problem> problems) {
        Map<E, Integer> firstAt = new HashMap<>();
        for (int i = 0; i < values.size(); i++) {
            Integer first = firstAt.putIfAbsent(values.get(i), i);
            if (first != null) {
                problems.add(lines.problem(path + "[" + i + "]", values.get(i) + " is listed twice (already at "
                        + path + "[" + first + "]); list it once"));
            }
        }
    }

    private static <E extends Enum<E>> Set<E> set(List<E> values) {
        return values.isEmpty() ? Set.of() : EnumSet.copyOf(values);
    }

    private static <E extends Enum<E>> List<E> sorted(Set<E> values) {
        List<E> list = new ArrayList<>(values);
        list.sort(null);
        return list;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static <T> List<T> nullIfEmpty(List<T> list) {
        return list.isEmpty() ? null : list;
    }
}
