package org.citygov.adapter.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The Authorization header's token, read without a regular expression, as the regular expression read it. */
class BearerTokenTest {

    /** The reading it replaces. */
    private static String byRegex(String header) {
        String[] parts = header.strip().split("\\s+", 2);
        return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") ? parts[1].strip() : null;
    }

    @Test
    void bearerToken_whenTheHeaderIsWellFormed_shouldGiveTheToken() {
        assertEquals("cg_abc", RestApi.bearerToken("Bearer cg_abc"));
        assertEquals("cg_abc", RestApi.bearerToken("  bEaReR \t cg_abc  "));
        assertEquals("a b", RestApi.bearerToken("Bearer a b"));
    }

    @Test
    void bearerToken_whenTheSchemeIsOtherOrTheTokenMissing_shouldGiveNone() {
        assertNull(RestApi.bearerToken("Bearer"));
        assertNull(RestApi.bearerToken("Basic abc"));
        assertNull(RestApi.bearerToken("Bearerx abc"));
        assertNull(RestApi.bearerToken("Beare abc"));
        assertNull(RestApi.bearerToken(""));
    }

    @Test
    void bearerToken_whenHeadersAreGeneratedFromAnAlphabetOfSpacesAndLetters_shouldAgreeWithTheRegularExpression() {
        List<String> pieces = List.of("Bearer", "bearer", "BEARER", "Beare", "r", "Basic", " ", "  ", "\t", "\n",
                "\u000B", "\f", "\r", "\u2003", "\u00A0", "cg_", "x", "tok en", "", "\u3000");
        Random random = new Random(20261130);
        int tokens = 0;
        for (int i = 0; i < 50_000; i++) {
            StringBuilder header = new StringBuilder();
            int n = random.nextInt(7);
            for (int k = 0; k < n; k++) {
                header.append(pieces.get(random.nextInt(pieces.size())));
            }
            String expected = byRegex(header.toString());
            assertEquals(expected, RestApi.bearerToken(header.toString()), () -> "header \"" + header + "\"");
            if (expected != null) {
                tokens++;
            }
        }
        // the generator reaches both answers, so the comparison covers tokens found and refused
        assertEquals(true, tokens > 1_000, "headers with a token: " + tokens);
    }
}
