package org.citygov.application.report.publish;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.disclosure.PublicDisclosure;

/**
 * The machine-readable record of processing of a published project, in the W3C Data Privacy Vocabulary (DPV 2) as
 * JSON-LD with its context inline (no document is fetched to read it). It says what the public page says and no
 * more: one {@code dpv:Process} per privacy notice with its purpose ({@code dpv:hasPurpose}), its data
 * ({@code dpv:hasPersonalData} or {@code dpv:hasData}, typed with the DPV personal-data concept where one matches)
 * and its recipients ({@code dpv:hasRecipient}), each only where the project's transparency rules promise it.
 *
 * <table>
 *   <caption>CityGov codes and the DPV concepts they are written as</caption>
 *   <tr><th>CityGov</th><th>DPV</th></tr>
 *   <tr><td>SERVICE_DELIVERY</td><td>dpv:ServiceProvision</td></tr>
 *   <tr><td>RESEARCH</td><td>dpv:ResearchAndDevelopment</td></tr>
 *   <tr><td>ADVERTISING</td><td>dpv:Advertising</td></tr>
 *   <tr><td>COMMERCIAL_RECOMMENDATION</td><td>dpv:Personalisation</td></tr>
 *   <tr><td>other purposes</td><td>dpv:Purpose with the purpose's words</td></tr>
 *   <tr><td>HEALTH, MEDICAL, LOCATION, BIOMETRIC, CONTACT, FINANCIAL</td>
 *       <td>pd:Health, pd:MedicalHealth, pd:Location, pd:Biometric, pd:Contact, pd:Financial</td></tr>
 *   <tr><td>special-care personal data</td><td>dpv:SensitivePersonalData</td></tr>
 * </table>
 */
public final class DpvRecord {

    public static final String MEDIA_TYPE = "application/ld+json";
    static final String DPV = "https://w3id.org/dpv#";

    private static final Map<PurposeKind, String> PURPOSES = new EnumMap<>(Map.of(
            PurposeKind.SERVICE_DELIVERY, "dpv:ServiceProvision",
            PurposeKind.RESEARCH, "dpv:ResearchAndDevelopment",
            PurposeKind.ADVERTISING, "dpv:Advertising",
            PurposeKind.COMMERCIAL_RECOMMENDATION, "dpv:Personalisation"));
    private static final Map<DataCategory, String> PERSONAL_DATA = new EnumMap<>(Map.of(
            DataCategory.HEALTH, "pd:Health",
            DataCategory.MEDICAL, "pd:MedicalHealth",
            DataCategory.LOCATION, "pd:Location",
            DataCategory.BIOMETRIC, "pd:Biometric",
            DataCategory.CONTACT, "pd:Contact",
            DataCategory.FINANCIAL, "pd:Financial"));

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DpvRecord() {
    }

    /** The record as a JSON-LD document; {@code base} is the IRI of the project's public page. */
    public static String jsonLd(PublicDisclosure d, String base) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", context());
        String project = base;
        List<Object> graph = new ArrayList<>();
        Map<String, Object> projectNode = new LinkedHashMap<>();
        projectNode.put("@id", project);
        projectNode.put("title", d.name());
        projectNode.put("description", d.objective());
        graph.add(projectNode);
        int n = 0;
        for (PublicDisclosure.Notice notice : d.notices()) {
            n++;
            Map<String, Object> process = new LinkedHashMap<>();
            process.put("@id", project + "#process-" + n);
            process.put("@type", "dpv:Process");
            process.put("isPartOf", project);
            notice.purpose().ifPresent(text -> {
                Map<String, Object> purpose = new LinkedHashMap<>();
                String specific = PURPOSES.get(notice.kind().orElseThrow());
                purpose.put("@type", specific == null ? List.of("dpv:Purpose") : List.of("dpv:Purpose", specific));
                purpose.put("description", text);
                purpose.put("citygovPurposeKind", notice.kind().orElseThrow().name());
                process.put("hasPurpose", purpose);
            });
            List<Object> personal = new ArrayList<>();
            List<Object> other = new ArrayList<>();
            for (PublicDisclosure.DataItem item : notice.dataItems()) {
                Map<String, Object> data = new LinkedHashMap<>();
                data.put("@id", project + "#data-" + item.id());
                List<String> types = new ArrayList<>();
                types.add(item.specialCare() ? "dpv:SensitivePersonalData" : item.personal() ? "dpv:PersonalData"
                        : "dpv:Data");
                if (item.personal()) {
                    item.categories().stream().sorted().map(PERSONAL_DATA::get).filter(t -> t != null)
                            .forEach(types::add);
                }
                data.put("@type", types);
                data.put("title", item.name());
                (item.personal() ? personal : other).add(data);
            }
            if (!personal.isEmpty()) {
                process.put("hasPersonalData", personal);
            }
            if (!other.isEmpty()) {
                process.put("hasData", other);
            }
            List<Object> recipients = new ArrayList<>();
            for (PublicDisclosure.Recipient r : notice.recipients()) {
                Map<String, Object> recipient = new LinkedHashMap<>();
                recipient.put("@id", project + "#party-" + r.id());
                recipient.put("@type", "dpv:Recipient");
                recipient.put("title", r.name());
                recipients.add(recipient);
            }
            if (!recipients.isEmpty()) {
                process.put("hasRecipient", recipients);
            }
            graph.add(process);
        }
        document.put("@graph", graph);
        try {
            return JSON.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the record of processing of " + d.project(), e);
        }
    }

    private static Map<String, Object> context() {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dpv", DPV);
        context.put("pd", "https://w3id.org/dpv/pd#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("citygov", "urn:citygov:");
        context.put("title", "dct:title");
        context.put("description", "dct:description");
        context.put("isPartOf", Map.of("@id", "dct:isPartOf", "@type", "@id"));
        context.put("hasPurpose", "dpv:hasPurpose");
        context.put("hasPersonalData", "dpv:hasPersonalData");
        context.put("hasData", "dpv:hasData");
        context.put("hasRecipient", "dpv:hasRecipient");
        context.put("citygovPurposeKind", "citygov:purposeKind");
        return context;
    }
}
