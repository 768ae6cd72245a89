package org.citygov.domain.law;

import org.citygov.domain.shared.Messages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.catalogue.CatalogueId;
import org.citygov.domain.catalogue.Law;
import org.citygov.domain.catalogue.LawArea;
import org.citygov.domain.catalogue.SoftLaw;
import org.citygov.domain.catalogue.SoftLawTopic;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.project.Service;

/**
 * Step 2 of the process (5.2): which laws and soft laws of an edition apply to a project, each with the reason.
 * <ul>
 *   <li>Laws for personal data apply as soon as one data asset is about individuals.</li>
 *   <li>Area laws apply when a service's field falls in their area; the edition says which fields each area covers.</li>
 *   <li>An area law the edition ties to places (the River Act to {@code RIVER}, …) applies only when a service of its
 *       area names one of those sites. When some service of the area does not say where it operates, the law is
 *       listed with standing {@link LawStanding#TO_CHECK} and a reason that says what to check, never as applying;
 *       when every service of the area names its sites and none is one of the law's, the law is not listed.</li>
 *   <li>Soft laws apply when a data asset holds a category their topic covers; the edition says which.</li>
 * </ul>
 * The output follows the edition's order, so the same edition always gives the same list.
 */
public final class Applicability {

    private Applicability() {
    }

    public static List<ApplicableLaw> laws(GovernanceProject project, CatalogueEdition edition) {
        List<ApplicableLaw> applicable = new ArrayList<>();
        List<String> personalAssets = project.dataAssets().stream()
                .filter(DataAsset::isPersonal)
                .map(a -> a.id().value())
                .toList();
        if (!personalAssets.isEmpty()) {
            for (Law law : edition.personalDataLaws()) {
                applicable.add(new ApplicableLaw(law.id(), law.label(), Messages.text("law.personalData", String.join(", ", personalAssets)),
                        law.source()));
            }
        }
        Map<CatalogueId, Set<Service>> servicesByArea = new LinkedHashMap<>();
        for (Service service : project.services()) {
            for (LawArea area : edition.areasFor(service.field())) {
                servicesByArea.computeIfAbsent(area.id(), a -> new LinkedHashSet<>()).add(service);
            }
        }
        for (LawArea area : edition.lawAreas()) {
            Set<Service> services = servicesByArea.get(area.id());
            if (services == null) {
                continue;
            }
            LawArea inArea = area;
            for (Law law : edition.lawsIn(area.id())) {
                if (!law.isPlaceTied()) {
                    applicable.add(new ApplicableLaw(law.id(), law.label(), Messages.text("law.area",
                            describe(services), inArea.label().en(), inArea.source()), law.source()));
                    continue;
                }
                placeTied(project, law, services, inArea).ifPresent(applicable::add);
            }
        }
        return List.copyOf(applicable);
    }

    /** A law tied to places: applies where a service names one of its sites, to check where a service names none. */
    private static Optional<ApplicableLaw> placeTied(GovernanceProject project, Law law, Set<Service> services,
                                                     LawArea inArea) {
        String places = law.sites().stream().sorted().map(Enum::name).collect(Collectors.joining(" or "));
        List<Service> there = services.stream()
                .filter(s -> s.sites().stream().anyMatch(law.sites()::contains))
                .toList();
        if (!there.isEmpty()) {
            return Optional.of(new ApplicableLaw(law.id(), law.label(), LawStanding.APPLIES, Messages.text("law.placeApplies",
                    describe(there), inArea.label().en(), inArea.source(), places),
                    law.source()));
        }
        List<Service> unstated = services.stream().filter(s -> !s.statesSites()).toList();
        if (unstated.isEmpty()) {
            return Optional.empty();
        }
        String paths = unstated.stream()
                .map(s -> "services[" + project.services().indexOf(s) + "].sites")
                .collect(Collectors.joining(", "));
        return Optional.of(new ApplicableLaw(law.id(), law.label(), LawStanding.TO_CHECK, Messages.text("law.placeToCheck",
                describe(unstated), inArea.label().en(), inArea.source(), places, paths),
                law.source()));
    }

    private static String describe(java.util.Collection<Service> services) {
        return services.stream()
                .map(s -> Messages.text("common.idWithCode", s.id().value(), s.field()))
                .collect(Collectors.joining(", "));
    }

    public static List<ApplicableSoftLaw> softLaws(GovernanceProject project, CatalogueEdition edition) {
        List<ApplicableSoftLaw> applicable = new ArrayList<>();
        for (SoftLawTopic topic : edition.softLawTopics()) {
            List<String> holders = new ArrayList<>();
            for (DataAsset asset : project.dataAssets()) {
                List<String> matching = asset.categories().stream()
                        .filter(topic::covers)
                        .sorted()
                        .map(DataCategory::name)
                        .toList();
                if (!matching.isEmpty()) {
                    holders.add(Messages.text("common.idWithCode", asset.id().value(), String.join(", ", matching)));
                }
            }
            if (holders.isEmpty()) {
                continue;
            }
            for (SoftLaw softLaw : edition.softLawsOn(topic.id())) {
                applicable.add(new ApplicableSoftLaw(softLaw.id(), softLaw.label(), Messages.text("softLaw.topic",
                        String.join(", ", holders), topic.label().en().toLowerCase(java.util.Locale.ROOT),
                        topic.source()), softLaw.source()));
            }
        }
        return List.copyOf(applicable);
    }
}
