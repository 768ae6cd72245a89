package org.citygov.application.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.time.Instant;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.citygov.application.input.Syntax;
import org.citygov.domain.platform.DataMarket;
import org.citygov.domain.platform.MarketRules;

/** The written document reads back as the same platform: what a stored platform relies on. */
class PlatformWriterTest {

    private static final Path EXAMPLES = Path.of("..", "examples", "platform");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlatformLoader loader = new PlatformLoader();
    private final PlatformWriter writer = new PlatformWriter();

    @ParameterizedTest
    @ValueSource(strings = {"sapporo-exchange-market.json", "medical-storage-platform.yaml"})
    void json_whenReadBack_shouldGiveTheSameDocumentAndTheSameAssessment(String example) throws Exception {
        DataMarket read = assertInstanceOf(PlatformReading.Valid.class, loader.read(EXAMPLES.resolve(example)))
                .market();

        String written = writer.json(read);
        DataMarket again = assertInstanceOf(PlatformReading.Valid.class, loader.read(written, Syntax.JSON)).market();

        assertEquals(JSON.readTree(written), JSON.readTree(writer.json(again)));
        Instant at = Instant.parse("2025-09-01T00:00:00Z");
        MarketRules rules = MarketRules.defaults("jp-2023.02");
        assertEquals(JSON.valueToTree(PlatformAssessmentDocument.of(read.assess(at, rules))),
                JSON.valueToTree(PlatformAssessmentDocument.of(again.assess(at, rules))));
    }
}
