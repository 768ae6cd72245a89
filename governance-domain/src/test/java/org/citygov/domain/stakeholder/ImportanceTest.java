package org.citygov.domain.stakeholder;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportanceTest {

    private static final ImportanceBands BANDS = org.citygov.domain.assessment.AssessmentFixtures.importanceBands();

    /** The bundled CityGov default bands, written out here rather than read from the bands under test. */
    private static Importance expectedFor(int product) {
        if (product <= 4) {
            return Importance.LOW;
        }
        if (product <= 9) {
            return Importance.MEDIUM;
        }
        if (product <= 15) {
            return Importance.HIGH;
        }
        return Importance.CRITICAL;
    }

    static Stream<Arguments> everyPairOfRatings() {
        return IntStream.rangeClosed(1, 5).boxed()
                .flatMap(impact -> IntStream.rangeClosed(1, 5).mapToObj(uncertainty -> Arguments.of(impact,
                        uncertainty)));
    }

    @ParameterizedTest(name = "impact {0} x uncertainty {1}")
    @MethodSource("everyPairOfRatings")
    void of_whenGivenAnyPairOfRatings_shouldFallInTheBandOfTheirProduct(int impact, int uncertainty) {
        Importance importance = BANDS.of(Rating.of(impact), Rating.of(uncertainty));

        assertEquals(expectedFor(impact * uncertainty), importance);
    }

    @ParameterizedTest(name = "score {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void ofScore_whenScoreBetween1And25_shouldFallInItsBand(int score) {
        assertEquals(expectedFor(score), BANDS.of(score));
    }

    @Test
    void ofScore_whenAtEachBoundary_shouldChangeLevelExactlyThere() {
        assertEquals(Importance.LOW, BANDS.of(4));
        assertEquals(Importance.MEDIUM, BANDS.of(5));
        assertEquals(Importance.MEDIUM, BANDS.of(9));
        assertEquals(Importance.HIGH, BANDS.of(10));
        assertEquals(Importance.HIGH, BANDS.of(15));
        assertEquals(Importance.CRITICAL, BANDS.of(16));
    }

    @Test
    void of_whenRatingsReachEveryProduct_shouldCoverEveryLevel() {
        Set<Importance> reached = new HashSet<>();
        everyPairOfRatings().forEach(args -> reached.add(BANDS.of(Rating.of((int) args.get()[0]),
                Rating.of((int) args.get()[1]))));

        assertEquals(Set.of(Importance.values()), reached);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 26, 100})
    void ofScore_whenOutside1To25_shouldThrow(int score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> BANDS.of(score));

        assertTrue(e.getMessage().contains(String.valueOf(score)), e.getMessage());
    }

    @Test
    void engagementFor_whenEachLevel_shouldFollowTheCityGovDefault() {
        assertEquals(EngagementFormat.INFORMATION_DISTRIBUTION, BANDS.engagementFor(Importance.LOW));
        assertEquals(EngagementFormat.INFORMATION_GATHERING, BANDS.engagementFor(Importance.MEDIUM));
        assertEquals(EngagementFormat.TWO_WAY, BANDS.engagementFor(Importance.HIGH));
        assertEquals(EngagementFormat.INVOLVEMENT, BANDS.engagementFor(Importance.CRITICAL));
    }

    @Test
    void constructor_whenBandsLeaveAGap_shouldThrowNamingIt() {
        java.util.Map<Importance, ImportanceBands.Band> bands = new java.util.EnumMap<>(BANDS.bands());
        bands.put(Importance.HIGH, new ImportanceBands.Band(11, 15));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ImportanceBands(bands, BANDS.engagement()));

        assertTrue(e.getMessage().contains("HIGH starts at 11, not at 10"), e.getMessage());
    }

    @Test
    void constructor_whenAMoreImportantLevelGetsALighterFormat_shouldThrow() {
        java.util.Map<Importance, EngagementFormat> engagement = new java.util.EnumMap<>(BANDS.engagement());
        engagement.put(Importance.CRITICAL, EngagementFormat.INFORMATION_DISTRIBUTION);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ImportanceBands(BANDS.bands(), engagement));

        assertTrue(e.getMessage().contains("CRITICAL is given INFORMATION_DISTRIBUTION"), e.getMessage());
    }

    @Test
    void isImportant_whenHighOrCritical_shouldBeTrueAndOtherwiseFalse() {
        assertFalse(Importance.LOW.isImportant());
        assertFalse(Importance.MEDIUM.isImportant());
        assertTrue(Importance.HIGH.isImportant());
        assertTrue(Importance.CRITICAL.isImportant());
    }

    @Test
    void lowestAndHighestScore_whenTakenTogether_shouldTile1To25WithoutGapOrOverlap() {
        int next = 1;
        for (Importance level : Importance.values()) {
            assertEquals(next, BANDS.band(level).lowest(), level + " starts where the previous level ended");
            assertTrue(BANDS.band(level).highest() >= BANDS.band(level).lowest(), level + " is not empty");
            next = BANDS.band(level).highest() + 1;
        }
        assertEquals(26, next);
    }
}
