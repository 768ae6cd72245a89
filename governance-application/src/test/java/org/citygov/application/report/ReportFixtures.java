package org.citygov.application.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

import org.citygov.application.catalogue.CatalogueLoader;
import org.citygov.application.catalogue.CatalogueReading;
import org.citygov.application.input.Syntax;
import org.citygov.application.report.figures.ReportContext;
import org.citygov.application.report.i18n.Labels;
import org.citygov.application.report.i18n.Language;
import org.citygov.application.scenario.ScenarioLoader;
import org.citygov.application.scenario.ScenarioReading;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.catalogue.CatalogueEdition;
import org.citygov.domain.project.Actor;
import org.citygov.domain.project.GovernanceProject;

/** The bundled edition, example projects as report contexts, and SVG parsed as XML, for the report tests. */
public final class ReportFixtures {

    public static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static CatalogueEdition edition;

    private ReportFixtures() {
    }

    public static synchronized CatalogueEdition edition() {
        if (edition == null) {
            try (InputStream in = ReportFixtures.class.getClassLoader()
                    .getResourceAsStream(CatalogueLoader.BUNDLED_RESOURCE)) {
                edition = ((CatalogueReading.Valid) new CatalogueLoader().read(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), Syntax.JSON)).edition();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return edition;
    }

    public static GovernanceProject example(Path file) {
        ScenarioReading reading = new ScenarioLoader().read(file);
        if (!(reading instanceof ScenarioReading.Valid valid)) {
            throw new IllegalStateException(file + " does not read: " + reading);
        }
        return GovernanceProject.create(valid.scenario().parts(), Actor.of("test"), NOW).orElseThrow();
    }

    public static ReportContext context(GovernanceProject project, Language language) {
        return new ReportContext(project, ProjectAssessment.of(project, edition()), edition(), Labels.of(language),
                false, List.of());
    }

    /** Parses SVG (or any XML) with DOCTYPEs refused, as a consumer of the served figure would. */
    public static Document xml(String text) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(text)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + text, e);
        }
    }

    /** Every element of a document that has the attribute, in document order. */
    public static List<Element> withAttribute(Document document, String attribute) {
        List<Element> found = new ArrayList<>();
        NodeList all = document.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.hasAttribute(attribute)) {
                found.add(e);
            }
        }
        return found;
    }
}
