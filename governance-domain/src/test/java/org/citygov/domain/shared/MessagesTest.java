package org.citygov.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

/** Parsed patterns are kept per key; every call still formats as a fresh MessageFormat would, from any thread. */
class MessagesTest {

    private static final ResourceBundle ENGLISH = ResourceBundle.getBundle(Messages.BUNDLE, Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    @Test
    void text_whenCalledFromManyThreadsAtOnce_shouldGiveEachCallItsOwnArguments() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    List<String> wrong = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        String reason = "reason " + thread + "-" + i;
                        String expected = new MessageFormat(ENGLISH.getString("linkage.explanation"), Locale.ROOT)
                                .format(new Object[] {"PERMIT", reason, String.valueOf(i)});
                        String text = Messages.text("linkage.explanation", "PERMIT", reason, i);
                        if (!expected.equals(text)) {
                            wrong.add(text + " instead of " + expected);
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<List<String>> result : results) {
                assertEquals(List.of(), result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void text_whenTheKeyIsMissing_shouldThrowEveryTime() {
        assertThrows(IllegalStateException.class, () -> Messages.text("no.such.message.key"));
        assertThrows(IllegalStateException.class, () -> Messages.text("no.such.message.key"));
    }
}
