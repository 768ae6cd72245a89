package org.citygov.application.platform;

import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.platform.Agreement;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.Offer;
import org.citygov.domain.platform.Participant;
import org.citygov.domain.platform.Prohibition;

/**
 * A platform's offers as a DCAT-AP 3 catalogue and its terms and agreements as ODRL 2.2 policies, both JSON-LD with
 * their {@code @context} inline, so that any JSON-LD processor expands them without fetching anything.
 *
 * <p>Identifiers are URNs under {@code urn:citygov:} ({@code urn:citygov:offer:<id>}, {@code …:participant:<id>},
 * {@code …:agreement:<id>}, {@code …:licence:<id>}). What DCAT and ODRL have no term for is in CityGov's own
 * vocabulary {@code urn:citygov:vocab:}: the purposes (ODRL's {@code purpose} constraint takes them as right operand),
 * and the prohibited actions re-identification and commercial use; onward transfer is ODRL's {@code distribute}.
 * A price is an ODRL {@code compensate} duty refined by {@code payAmount} and the currency.
 */
public final class PlatformExports {

    private static final String VOCAB = "urn:citygov:vocab:";
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The DCAT-AP 3 catalogue of every offer. */
    public String dcat(DataMarket market) {
        return dcat(market, market.offers());
    }

    /** The ODRL 2.2 policies of every offer and agreement. */
    public String odrl(DataMarket market) {
        return odrl(market, market.offers(), market.agreements());
    }

    /** The DCAT-AP 3 catalogue: one {@code dcat:Dataset} per offer given, with its licence and a distribution. */
    public String dcat(DataMarket market, List<Offer> offers) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("dcat", "http://www.w3.org/ns/dcat#");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("foaf", "http://xmlns.com/foaf/0.1/");
        context.put("odrl", "http://www.w3.org/ns/odrl/2/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("cg", VOCAB);
        Map<String, Object> catalog = new LinkedHashMap<>();
        catalog.put("@context", context);
        catalog.put("@id", "urn:citygov:platform:" + market.platform().id());
        catalog.put("@type", "dcat:Catalog");
        catalog.put("dct:title", market.platform().name());
        catalog.put("dct:publisher", agent(market.operator()));
        List<Object> datasets = new ArrayList<>();
        for (Offer offer : offers) {
            Map<String, Object> dataset = new LinkedHashMap<>();
            dataset.put("@id", offerIri(offer));
            dataset.put("@type", "dcat:Dataset");
            dataset.put("dct:identifier", offer.id().value());
            dataset.put("dct:title", offer.title());
            dataset.put("dct:publisher", agent(market.participant(offer.provider()).orElseThrow()));
            dataset.put("dcat:keyword", offer.categories().stream().sorted().map(Enum::name).toList());
            dataset.put("dct:license", licence(offer));
            dataset.put("odrl:hasPolicy", Map.of("@id", policyIri(offer)));
            Map<String, Object> distribution = new LinkedHashMap<>();
            distribution.put("@id", offerIri(offer) + ":distribution");
            distribution.put("@type", "dcat:Distribution");
            distribution.put("dct:title", offer.title() + " (" + offer.delivery() + ")");
            distribution.put("dct:license", licence(offer));
            distribution.put("cg:delivery", offer.delivery().name());
            distribution.put("cg:hosting", offer.hosting().name());
            dataset.put("dcat:distribution", List.of(distribution));
            datasets.add(dataset);
        }
        catalog.put("dcat:dataset", datasets);
        return write(catalog);
    }

    /** The ODRL 2.2 policies: an {@code odrl:Offer} per offer's terms, an {@code odrl:Agreement} per agreement. */
    public String odrl(DataMarket market, List<Offer> offers, List<Agreement> agreements) {
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("odrl", "http://www.w3.org/ns/odrl/2/");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("cg", VOCAB);
        List<Object> graph = new ArrayList<>();
        for (Offer offer : offers) {
            Map<String, Object> policy = new LinkedHashMap<>();
            policy.put("@id", policyIri(offer));
            policy.put("@type", "odrl:Offer");
            policy.put("odrl:uid", Map.of("@id", policyIri(offer)));
            policy.put("odrl:profile", Map.of("@id", "urn:citygov:vocab"));
            policy.put("odrl:assigner", Map.of("@id", participantIri(offer.provider().value())));
            policy.put("odrl:target", Map.of("@id", offerIri(offer)));
            Map<String, Object> permission = permission(offer.terms().purposes().stream().sorted().toList());
            if (!offer.licence().price().free()) {
                permission.put("odrl:duty", List.of(compensation(offer.licence().price())));
            }
            policy.put("odrl:permission", List.of(permission));
            policy.put("odrl:prohibition", prohibitions(offer));
            graph.add(policy);
        }
        for (Agreement agreement : agreements) {
            Offer offer = market.offer(agreement.offer()).orElseThrow();
            Map<String, Object> policy = new LinkedHashMap<>();
            String iri = "urn:citygov:agreement:" + agreement.id();
            policy.put("@id", iri);
            policy.put("@type", "odrl:Agreement");
            policy.put("odrl:uid", Map.of("@id", iri));
            policy.put("odrl:profile", Map.of("@id", "urn:citygov:vocab"));
            policy.put("odrl:assigner", Map.of("@id", participantIri(offer.provider().value())));
            policy.put("odrl:assignee", Map.of("@id", participantIri(agreement.user().value())));
            policy.put("odrl:target", Map.of("@id", offerIri(offer)));
            policy.put("dct:issued", Map.of("@value", agreement.on().toString(), "@type", "xsd:date"));
            policy.put("cg:termsVersion", agreement.termsVersion());
            Map<String, Object> permission = permission(List.of(agreement.purpose()));
            if (!offer.licence().price().free()) {
                permission.put("odrl:duty", List.of(compensation(offer.licence().price())));
            }
            policy.put("odrl:permission", List.of(permission));
            policy.put("odrl:prohibition", prohibitions(offer));
            graph.add(policy);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("@context", context);
        document.put("@graph", graph);
        return write(document);
    }

    private static Map<String, Object> permission(List<PurposeKind> purposes) {
        Map<String, Object> constraint = new LinkedHashMap<>();
        constraint.put("odrl:leftOperand", Map.of("@id", "odrl:purpose"));
        constraint.put("odrl:operator", Map.of("@id", purposes.size() == 1 ? "odrl:eq" : "odrl:isAnyOf"));
        constraint.put("odrl:rightOperand", purposes.stream()
                .map(p -> Map.of("@id", "cg:purpose-" + p.name().toLowerCase().replace('_', '-'))).toList());
        Map<String, Object> permission = new LinkedHashMap<>();
        permission.put("odrl:action", Map.of("@id", "odrl:use"));
        permission.put("odrl:constraint", List.of(constraint));
        return permission;
    }

    private static Map<String, Object> compensation(Offer.Price price) {
        Map<String, Object> refinement = new LinkedHashMap<>();
        refinement.put("odrl:leftOperand", Map.of("@id", "odrl:payAmount"));
        refinement.put("odrl:operator", Map.of("@id", "odrl:eq"));
        refinement.put("odrl:rightOperand", Map.of("@value", price.amount().toPlainString(), "@type",
                "xsd:decimal"));
        refinement.put("odrl:unit", Map.of("@id", "urn:iso:std:iso:4217:" + price.currency()));
        Map<String, Object> action = new LinkedHashMap<>();
        action.put("@id", "odrl:compensate");
        Map<String, Object> duty = new LinkedHashMap<>();
        duty.put("odrl:action", action);
        duty.put("odrl:constraint", List.of(refinement));
        duty.put("cg:per", price.per().name());
        return duty;
    }

    private static List<Object> prohibitions(Offer offer) {
        return offer.terms().prohibited().stream().sorted()
                .map(p -> (Object) Map.of("odrl:action", Map.of("@id", action(p)))).toList();
    }

    private static String action(Prohibition prohibition) {
        return switch (prohibition) {
            case ONWARD_TRANSFER -> "odrl:distribute";
            case REIDENTIFICATION -> "cg:reidentify";
            case COMMERCIAL_USE -> "cg:commercial-use";
        };
    }

    private static Map<String, Object> agent(Participant participant) {
        Map<String, Object> agent = new LinkedHashMap<>();
        agent.put("@id", participantIri(participant.id().value()));
        agent.put("@type", "foaf:Agent");
        agent.put("foaf:name", participant.name());
        return agent;
    }

    private static Map<String, Object> licence(Offer offer) {
        Map<String, Object> licence = new LinkedHashMap<>();
        licence.put("@id", "urn:citygov:licence:" + URLEncoder.encode(offer.licence().id(), StandardCharsets.UTF_8));
        licence.put("@type", "dct:LicenseDocument");
        licence.put("dct:identifier", offer.licence().id());
        licence.put("cg:licenceKind", offer.licence().kind().name());
        return licence;
    }

    private static String offerIri(Offer offer) {
        return "urn:citygov:offer:" + offer.id();
    }

    private static String policyIri(Offer offer) {
        return "urn:citygov:offer:" + offer.id() + ":policy";
    }

    private static String participantIri(String id) {
        return "urn:citygov:participant:" + id;
    }

    private String write(Object document) {
        try {
            return json.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot write the export", e);
        }
    }
}
