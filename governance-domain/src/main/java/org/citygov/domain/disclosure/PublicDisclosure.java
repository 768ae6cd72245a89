package org.citygov.domain.disclosure;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.evaluation.Kpi;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.ProjectId;
import org.citygov.domain.rule.Rule;
import org.citygov.domain.rule.RuleKind;
import org.citygov.domain.rule.RuleLevel;
import org.citygov.domain.rule.RuleTerms;
import org.citygov.domain.rule.TransparencyItem;
import org.citygov.domain.stakeholder.Stakeholder;

/**
 * What a project tells the public, and only that (5.4 (2) "privacy policy posted", notification and publicization;
 * 5.4 (4) publication of public-interest reviews). The project's overview and its data policy — every rule approved
 * or in force, city framework and programme, as its text — are always published; everything else only as far as its
 * rules promise it. A rule promises only while it is approved or in force, and only for the flows it applies to.
 *
 * <table>
 *   <caption>What each promise publishes</caption>
 *   <tr><th>promised by</th><th>published</th></tr>
 *   <tr><td>TRANSPARENCY publishing PURPOSES, or a NOTICE rule, over a flow</td>
 *       <td>a privacy notice for the flow's purpose (its words and kind), with the channels of the NOTICE rules
 *       over it and of the flow itself</td></tr>
 *   <tr><td>TRANSPARENCY publishing DATA_ITEMS over a flow</td>
 *       <td>in the flow's notice, the data it carries: its name, kinds, whether personal or special-care</td></tr>
 *   <tr><td>TRANSPARENCY publishing RECIPIENTS over a flow</td>
 *       <td>in the flow's notice, the party a DISSEMINATION flow hands the data to</td></tr>
 *   <tr><td>TRANSPARENCY publishing REVIEW_RESULTS</td>
 *       <td>the PUBLIC_INTEREST_REVIEW rules (who reviews, whether the opinion is published) and whether the
 *       rules answer every HIGH or CRITICAL risk (5.4)</td></tr>
 *   <tr><td>TRANSPARENCY publishing EVALUATION_RESULTS</td><td>each KPI with its threshold and measurements
 *       (5.5)</td></tr>
 *   <tr><td>TRANSPARENCY publishing LINKAGE_RECORDS</td><td>that linkages are logged, by the LINKAGE_LOG rules;
 *       never an entry of the log</td></tr>
 * </table>
 *
 * <p>A flow whose data items or recipients are promised but not its purpose gets a notice without a purpose.
 * Nothing about an individual is ever part of it: no engagement notes, no names of approvers or actors, no
 * audit trail, no consent or linkage record — only the project's own description, its rules and aggregate results.
 */
public record PublicDisclosure(
        ProjectId project,
        String name,
        String objective,
        Set<TransparencyItem> promised,
        List<Notice> notices,
        List<Rule> frameworkRules,
        List<Rule> programRules,
        Optional<ReviewResults> review,
        List<Kpi> evaluation,
        List<Rule> linkageLogs) {

    public PublicDisclosure {
        Objects.requireNonNull(project, "project");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(objective, "objective");
        promised = promised.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(promised));
        notices = List.copyOf(notices);
        frameworkRules = List.copyOf(frameworkRules);
        programRules = List.copyOf(programRules);
        Objects.requireNonNull(review, "review");
        evaluation = List.copyOf(evaluation);
        linkageLogs = List.copyOf(linkageLogs);
    }

    /** A privacy notice for one purpose: what for, and — as far as promised — which data and to whom. */
    public record Notice(Optional<String> purpose, Optional<PurposeKind> kind, List<DataItem> dataItems,
                         List<Recipient> recipients, Set<NoticeChannel> channels) {
        public Notice {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(kind, "kind");
            dataItems = List.copyOf(dataItems);
            recipients = List.copyOf(recipients);
            channels = channels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(channels));
        }
    }

    /** Data a purpose uses, as described: never a value of it. */
    public record DataItem(String id, String name, Set<org.citygov.domain.data.DataCategory> categories,
                           boolean personal, boolean specialCare) {
        public DataItem {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            categories = Set.copyOf(categories);
        }
    }

    /** A party the data is handed to (a stakeholder of the project: an organization or a group, never a person). */
    public record Recipient(String id, String name) {
        public Recipient {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The public-interest reviews (5.4 (4)) and whether the rules answer every HIGH or CRITICAL risk. */
    public record ReviewResults(List<Rule> reviews, boolean rulesAnswerTheRisks) {
        public ReviewResults {
            reviews = List.copyOf(reviews);
        }
    }

    public static PublicDisclosure of(GovernanceProject project, ProjectAssessment assessment) {
        List<Rule> effective = project.governance().rules().effective();
        List<Rule> transparency = effective.stream().filter(r -> r.kind() == RuleKind.TRANSPARENCY).toList();
        List<Rule> noticeRules = effective.stream().filter(r -> r.kind() == RuleKind.NOTICE).toList();
        Set<TransparencyItem> promised = EnumSet.noneOf(TransparencyItem.class);
        transparency.forEach(r -> promised.addAll(((RuleTerms.Transparency) r.terms()).publishes()));

        Map<String, NoticeDraft> byPurpose = new LinkedHashMap<>();
        for (DataFlow flow : project.dataFlows()) {
            Set<TransparencyItem> items = EnumSet.noneOf(TransparencyItem.class);
            transparency.stream().filter(r -> r.appliesTo(flow.id()))
                    .forEach(r -> items.addAll(((RuleTerms.Transparency) r.terms()).publishes()));
            List<Rule> notices = noticeRules.stream().filter(r -> r.appliesTo(flow.id())).toList();
            boolean purpose = items.contains(TransparencyItem.PURPOSES) || !notices.isEmpty();
            if (!purpose && !items.contains(TransparencyItem.DATA_ITEMS) && !items.contains(TransparencyItem.RECIPIENTS)) {
                continue;
            }
            NoticeDraft draft = byPurpose.computeIfAbsent(purpose
                            ? flow.purpose().kind() + "\u0000" + flow.purpose().text() : "",
                    k -> purpose ? new NoticeDraft(Optional.of(flow.purpose().text()), Optional.of(flow.purpose().kind()))
                            : new NoticeDraft(Optional.empty(), Optional.empty()));
            draft.channels.addAll(flow.notice());
            notices.forEach(r -> draft.channels.addAll(((RuleTerms.Notice) r.terms()).channels()));
            if (items.contains(TransparencyItem.DATA_ITEMS)) {
                DataAsset asset = project.assetOf(flow);
                draft.items.put(asset.id().value(), new DataItem(asset.id().value(), asset.name(),
                        asset.categories(), asset.isPersonal(), asset.isPersonal() && asset.specialCare()));
            }
            if (items.contains(TransparencyItem.RECIPIENTS) && flow.stage() == LifecycleStage.DISSEMINATION) {
                Stakeholder to = project.stakeholder(flow.to()).orElseThrow();
                draft.recipients.put(to.id().value(), new Recipient(to.id().value(), to.name()));
            }
        }
        List<Notice> notices = byPurpose.values().stream().map(NoticeDraft::notice).toList();

        Optional<ReviewResults> review = promised.contains(TransparencyItem.REVIEW_RESULTS)
                ? Optional.of(new ReviewResults(effective.stream()
                .filter(r -> r.kind() == RuleKind.PUBLIC_INTEREST_REVIEW).toList(), assessment.approvable()))
                : Optional.empty();
        List<Kpi> evaluation = promised.contains(TransparencyItem.EVALUATION_RESULTS)
                ? project.governance().kpis() : List.of();
        List<Rule> linkage = promised.contains(TransparencyItem.LINKAGE_RECORDS)
                ? effective.stream().filter(r -> r.kind() == RuleKind.LINKAGE_LOG).toList() : List.of();
        return new PublicDisclosure(project.id(), project.overview().name(), project.overview().objective(), promised,
                notices, effective.stream().filter(r -> r.level() == RuleLevel.CITY_FRAMEWORK).toList(),
                effective.stream().filter(r -> r.level() == RuleLevel.PROGRAM).toList(), review, evaluation, linkage);
    }

    /** Whether a kind of item is published: promised by an approved or in-force transparency rule. */
    public boolean publishes(TransparencyItem item) {
        return promised.contains(item);
    }

    private static final class NoticeDraft {
        private final Optional<String> purpose;
        private final Optional<PurposeKind> kind;
        private final Map<String, DataItem> items = new LinkedHashMap<>();
        private final Map<String, Recipient> recipients = new LinkedHashMap<>();
        private final Set<NoticeChannel> channels = new LinkedHashSet<>();

        NoticeDraft(Optional<String> purpose, Optional<PurposeKind> kind) {
            this.purpose = purpose;
            this.kind = kind;
        }

        Notice notice() {
            return new Notice(purpose, kind, new ArrayList<>(items.values()), new ArrayList<>(recipients.values()),
                    channels);
        }
    }
}
