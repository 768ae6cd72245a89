package org.citygov.application.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void field_whenPlain_shouldBeWrittenAsIs() {
        assertEquals("APPLIES", Csv.field("APPLIES"));
        assertEquals("12", Csv.field(12));
        assertEquals("", Csv.field(null));
    }

    @Test
    void field_whenCommaQuoteOrLineBreak_shouldBeQuotedWithQuotesDoubled() {
        assertEquals("\"a, b\"", Csv.field("a, b"));
        assertEquals("\"say \"\"yes\"\"\"", Csv.field("say \"yes\""));
        assertEquals("\"two\nlines\"", Csv.field("two\nlines"));
        assertEquals("\" padded\"", Csv.field(" padded"));
    }

    @Test
    void table_shouldEndEveryRecordWithCrLf() {
        assertEquals("a,b\r\n1,\r\n", Csv.table(List.of("a", "b"), List.of(Arrays.asList(1, null))));
    }
}
