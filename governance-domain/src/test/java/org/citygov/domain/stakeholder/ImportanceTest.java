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

    /** The bands of 4.3 / Fig. 4-4, written out here rather than read from the enum under test. */
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
        Importance importance = Importance.of(Rating.of(impact), Rating.of(uncertainty));

        assertEquals(expectedFor(impact * uncertainty), importance);
    }

    @ParameterizedTest(name = "score {0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25})
    void ofScore_whenScoreBetween1And25_shouldFallInItsBand(int score) {
        assertEquals(expectedFor(score), Importance.ofScore(score));
    }

    @Test
    void ofScore_whenAtEachBoundary_shouldChangeLevelExactlyThere() {
        assertEquals(Importance.LOW, Importance.ofScore(4));
        assertEquals(Importance.MEDIUM, Importance.ofScore(5));
        assertEquals(Importance.MEDIUM, Importance.ofScore(9));
        assertEquals(Importance.HIGH, Importance.ofScore(10));
        assertEquals(Importance.HIGH, Importance.ofScore(15));
        assertEquals(Importance.CRITICAL, Importance.ofScore(16));
    }

    @Test
    void of_whenRatingsReachEveryProduct_shouldCoverEveryLevel() {
        Set<Importance> reached = new HashSet<>();
        everyPairOfRatings().forEach(args -> reached.add(Importance.of(Rating.of((int) args.get()[0]),
                Rating.of((int) args.get()[1]))));

        assertEquals(Set.of(Importance.values()), reached);
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 26, 100})
    void ofScore_whenOutside1To25_shouldThrow(int score) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Importance.ofScore(score));

        assertTrue(e.getMessage().contains(String.valueOf(score)), e.getMessage());
    }

    @Test
    void recommendedEngagement_whenEachLevel_shouldFollowTable5_1() {
        assertEquals(EngagementFormat.INFORMATION_DISTRIBUTION, Importance.LOW.recommendedEngagement());
        assertEquals(EngagementFormat.INFORMATION_GATHERING, Importance.MEDIUM.recommendedEngagement());
        assertEquals(EngagementFormat.TWO_WAY, Importance.HIGH.recommendedEngagement());
        assertEquals(EngagementFormat.INVOLVEMENT, Importance.CRITICAL.recommendedEngagement());
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
            assertEquals(next, level.lowestScore(), level + " starts where the previous level ended");
            assertTrue(level.highestScore() >= level.lowestScore(), level + " is not empty");
            next = level.highestScore() + 1;
        }
        assertEquals(26, next);
    }
}
