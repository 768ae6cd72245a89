package org.citygov.domain.stakeholder;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RatingTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5})
    void of_whenBetween1And5_shouldKeepTheValue(int value) {
        assertEquals(value, Rating.of(value).value());
        assertTrue(Rating.isValid(value));
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 10})
    void of_whenOutside1To5_shouldThrowNamingTheValue(int value) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rating.of(value));

        assertTrue(e.getMessage().contains(String.valueOf(value)), e.getMessage());
        assertFalse(Rating.isValid(value));
    }

    @Test
    void bounds_whenRead_shouldBeTheFivePointScale() {
        assertEquals(1, Rating.MIN);
        assertEquals(5, Rating.MAX);
    }
}
