package org.citygov.domain.linkage;

import java.util.Objects;

import org.citygov.domain.shared.Messages;

/**
 * What the recipient must do with data it is permitted to receive. Only {@link Kind#DELETE_AFTER} and
 * {@link Kind#LOG} carry days (delete after so many days; keep its own linkage log so many days).
 */
public record Obligation(Kind kind, int days) implements Comparable<Obligation> {

    public enum Kind { ANONYMIZE, PSEUDONYMIZE, DELETE_AFTER, NOTIFY_SUBJECT, LOG }

    public Obligation {
        Objects.requireNonNull(kind, "kind");
        boolean timed = kind == Kind.DELETE_AFTER || kind == Kind.LOG;
        if (timed ? days < 0 : days != 0) {
            throw new IllegalArgumentException(timed ? kind + " needs 0 or more days, got " + days
                    : kind + " carries no days");
        }
    }

    public static Obligation anonymize() {
        return new Obligation(Kind.ANONYMIZE, 0);
    }

    public static Obligation pseudonymize() {
        return new Obligation(Kind.PSEUDONYMIZE, 0);
    }

    public static Obligation notifySubject() {
        return new Obligation(Kind.NOTIFY_SUBJECT, 0);
    }

    public static Obligation deleteAfter(int days) {
        return new Obligation(Kind.DELETE_AFTER, days);
    }

    public static Obligation log(int days) {
        return new Obligation(Kind.LOG, days);
    }

    /** Parses what {@link #toString} writes: {@code ANONYMIZE}, {@code DELETE_AFTER(30)}. */
    public static Obligation parse(String text) {
        int open = text.indexOf('(');
        if (open < 0) {
            return new Obligation(Kind.valueOf(text), 0);
        }
        return new Obligation(Kind.valueOf(text.substring(0, open)),
                Integer.parseInt(text.substring(open + 1, text.length() - 1)));
    }

    @Override
    public int compareTo(Obligation other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : Integer.compare(days, other.days);
    }

    @Override
    public String toString() {
        // the timed ones are messages ("DELETE_AFTER(30)" in English), so that an explanation naming them reads in
        // Japanese; the English is what parse reads back
        return switch (kind) {
            case DELETE_AFTER -> Messages.text("obligation.deleteAfter", days);
            case LOG -> Messages.text("obligation.log", days);
            default -> kind.name();
        };
    }
}
