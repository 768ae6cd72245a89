package org.citygov.domain.law;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
                applicable.add(new ApplicableLaw(law.id(), law.label(), "The project handles personal data ("
                        + String.join(", ", personalAssets) + "); this law applies to every project that does.",
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
            String because = services.stream()
                    .map(s -> s.id().value() + " (" + s.field() + ")")
                    .collect(Collectors.joining(", "));
            for (Law law : edition.lawsIn(area.id())) {
                applicable.add(new ApplicableLaw(law.id(), law.label(), "Service " + because + " falls in the area "
                        + "\"" + area.label().en() + "\" (" + area.source() + ").", law.source()));
            }
        }
        return List.copyOf(applicable);
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
                    holders.add(asset.id().value() + " (" + String.join(", ", matching) + ")");
                }
            }
            if (holders.isEmpty()) {
                continue;
            }
            for (SoftLaw softLaw : edition.softLawsOn(topic.id())) {
                applicable.add(new ApplicableSoftLaw(softLaw.id(), softLaw.label(), "Data asset "
                        + String.join(", ", holders) + " is " + topic.label().en().toLowerCase(java.util.Locale.ROOT)
                        + " data (" + topic.source() + ").", softLaw.source()));
            }
        }
        return List.copyOf(applicable);
    }
}
