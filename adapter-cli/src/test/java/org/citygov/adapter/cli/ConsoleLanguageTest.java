package org.citygov.adapter.cli;

import static org.citygov.adapter.cli.AssessJapaneseMessagesTest.hasJapanese;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --lang ja|en} on {@code token}, {@code db migrate} and {@code log seal-tail}: their console lines in the
 * language asked for ({@code serve} takes the same option for its console lines; its requests follow
 * Accept-Language).
 */
class ConsoleLanguageTest {

    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void token_whenAskedForJapanese_shouldSayWhatItDidInJapaneseAndListTheSameColumns(@TempDir Path dir) {
        String data = dir.resolve("data").toString();
        CliRun created = run("token", "create", "--role", "ADMIN", "--name", "secretariat", "--data", data, "--lang", "ja");
        CliRun listed = run("token", "list", "--data", data, "--lang", "ja");
        CliRun revoked = run("token", "revoke", "--name", "secretariat", "--data", data, "--lang", "ja");
        CliRun english = run("token", "list", "--data", data, "--lang", "en");

        assertEquals(CityGovCli.OK, created.status(), created.err());
        assertTrue(created.err().contains("トークン「secretariat」（ADMIN）を発行しました"), created.err());
        assertTrue(listed.out().startsWith("secretariat\t事務局（ADMIN）\t発行 "), listed.out());
        assertTrue(listed.out().strip().endsWith("\t有効"), listed.out());
        assertEquals(CityGovCli.OK, revoked.status(), revoked.err());
        assertTrue(revoked.err().contains("トークン「secretariat」を失効させました"), revoked.err());
        assertTrue(english.out().matches("(?s)secretariat\tADMIN\tcreated \\S+\trevoked \\S+\\R"), english.out());
    }

    @Test
    void tokenList_whenAskedForJapanese_shouldNameEveryRoleInJapaneseWithTheCodeRoleTakes(@TempDir Path dir) {
        String data = dir.resolve("data").toString();
        for (org.citygov.domain.access.Role role : org.citygov.domain.access.Role.values()) {
            CliRun created = run("token", "create", "--role", role.name(), "--name", "t-" + role.ordinal(), "--data",
                    data);
            assertEquals(CityGovCli.OK, created.status(), created.err());
        }
        CliRun ja = run("token", "list", "--data", data, "--lang", "ja");
        CliRun en = run("token", "list", "--data", data, "--lang", "en");

        assertEquals(CityGovCli.OK, ja.status(), ja.err());
        java.util.Map<String, String> jaRoles = roleColumn(ja.out());
        java.util.Map<String, String> enRoles = roleColumn(en.out());
        assertEquals(org.citygov.domain.access.Role.values().length, jaRoles.size(), ja.out());
        assertTrue(ja.out().contains("\t監査担当（AUDITOR）\t"), ja.out());
        for (org.citygov.domain.access.Role role : org.citygov.domain.access.Role.values()) {
            String name = "t-" + role.ordinal();
            String japanese = jaRoles.get(name);
            // the Japanese name, then the code the user types for --role in full-width parentheses
            assertTrue(japanese.matches("[^A-Za-z（）]*[\\p{IsKatakana}\\p{IsHan}][^A-Za-z（）]*（" + role.name() + "）"),
                    role + ": " + japanese);
            // English unchanged: the bare code
            assertEquals(role.name(), enRoles.get(name), en.out());
        }
        assertEquals(jaRoles.size(), new java.util.HashSet<>(jaRoles.values()).size(), "a name for each role");
    }

    private static java.util.Map<String, String> roleColumn(String listing) {
        java.util.Map<String, String> roles = new java.util.HashMap<>();
        for (String line : listing.strip().split("\\R")) {
            String[] columns = line.split("\t");
            roles.put(columns[0], columns[1]);
        }
        return roles;
    }

    @Test
    void dbMigrate_whenNoDatabaseIsGivenInJapanese_shouldSayWhatIsNeededInJapanese() {
        CliRun ja = run("db", "migrate", "--lang", "ja");
        CliRun en = run("db", "migrate", "--lang", "en");

        assertEquals(CityGovCli.INVALID_INPUT, ja.status());
        assertTrue(ja.err().contains("PostgreSQL データベースが必要です"), ja.err());
        assertTrue(en.err().contains("a PostgreSQL database is needed"), en.err());
        assertEquals(CityGovCli.INVALID_INPUT, run("db", "migrate", "--grant-to", "Bad-Role", "--lang", "ja").status());
    }

    @Test
    void sealTail_whenTheEntriesAreMalformedInJapanese_shouldSayHowToNameThemInJapanese() {
        CliRun ja = run("log", "seal-tail", "--entries", "9-3", "--lang", "ja");
        CliRun en = run("log", "seal-tail", "--entries", "9-3", "--lang", "en");

        assertEquals(CityGovCli.INVALID_INPUT, ja.status());
        assertTrue(hasJapanese(ja.err()) && ja.err().contains("9-3"), ja.err());
        assertFalse(ja.err().contains("expected FIRST-LAST"), ja.err());
        assertTrue(en.err().contains("--entries: expected FIRST-LAST, two entry numbers with FIRST <= LAST, got 9-3"),
                en.err());
    }

    @Test
    void serve_whenThePortIsOutOfRangeInJapanese_shouldRefuseInJapanese() {
        CliRun ja = run("serve", "--port", "70000", "--lang", "ja");

        assertEquals(CityGovCli.INVALID_INPUT, ja.status());
        assertTrue(ja.err().contains("--port には 0〜65535 のポート番号を指定してください"), ja.err());
    }

    @Test
    void serve_whenTheDrainIsNegativeInJapanese_shouldRefuseInJapanese() {
        CliRun ja = run("serve", "--drain-seconds", "-1", "--lang", "ja");

        assertEquals(CityGovCli.INVALID_INPUT, ja.status());
        assertTrue(ja.err().contains("--drain-seconds は 0 以上で指定してください"), ja.err());
    }
}
