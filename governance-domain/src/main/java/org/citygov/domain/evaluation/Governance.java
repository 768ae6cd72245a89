package org.citygov.domain.evaluation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.rule.RuleBook;

/**
 * What a project adds once rules are designed (5.4, 5.5): its rule book, its KPIs, the changes declared since, and
 * the catalogue edition its rules were designed under (so that a new edition can trigger a revision).
 */
public record Governance(RuleBook rules, List<Kpi> kpis, List<ProjectEvent> events, Optional<String> catalogVersion) {

    public Governance {
        Objects.requireNonNull(rules, "rules");
        kpis = List.copyOf(kpis);
        events = List.copyOf(events);
        Objects.requireNonNull(catalogVersion, "catalogVersion");
    }

    public static Governance none() {
        return new Governance(RuleBook.empty(), List.of(), List.of(), Optional.empty());
    }

    public Governance withRules(RuleBook newRules) {
        return new Governance(newRules, kpis, events, catalogVersion);
    }

    public Governance withKpis(List<Kpi> newKpis) {
        return new Governance(rules, newKpis, events, catalogVersion);
    }

    public Governance withEvents(List<ProjectEvent> newEvents) {
        return new Governance(rules, kpis, newEvents, catalogVersion);
    }

    public Governance withCatalogVersion(String edition) {
        return new Governance(rules, kpis, events, Optional.of(edition));
    }
}
