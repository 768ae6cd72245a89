package org.citygov.domain.platform;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.shared.Ids;

/**
 * Data a provider offers on the platform (MARKET.md {@code offers}): what it is (categories, subject, how
 * identifying, special care), on what ground personal data in it is given ({@link PersonalDataBasis}), where its
 * content comes from, what the provider warrants ({@link Declaration}), where it sits and how it is delivered, its
 * licence and price, and the terms a user must keep.
 *
 * <p>What makes an offer listable is the {@link ListingScreening}'s; what the values must say to be read at all
 * (identifiability exactly for data about individuals, special care and the personal categories only for them) is
 * checked here and by {@link DataMarket}.
 */
public record Offer(
        OfferId id,
        String title,
        ParticipantId provider,
        Set<DataCategory> categories,
        DataSubject subject,
        Optional<Identifiability> identifiability,
        boolean specialCare,
        PersonalDataBasis personalDataBasis,
        boolean anonymizationPublished,
        Content content,
        Set<Declaration> declarations,
        Hosting hosting,
        Delivery delivery,
        Licence licence,
        Terms terms) {

    /** Where the data sits: on the platform or with the provider. */
    public enum Hosting { PLATFORM, PROVIDER }

    /** How a user receives the data. */
    public enum Delivery { DOWNLOAD, API, IN_PLATFORM_ANALYSIS }

    public Offer {
        Objects.requireNonNull(id, "id");
        title = Ids.requireText(title, "offer title");
        Objects.requireNonNull(provider, "provider");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("offer " + id + " needs at least one data category");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(identifiability, "identifiability");
        Objects.requireNonNull(personalDataBasis, "personalDataBasis");
        Objects.requireNonNull(content, "content");
        declarations = declarations.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(declarations));
        Objects.requireNonNull(hosting, "hosting");
        Objects.requireNonNull(delivery, "delivery");
        Objects.requireNonNull(licence, "licence");
        Objects.requireNonNull(terms, "terms");
    }

    /** About individuals: the offer's subject is INDIVIDUAL. */
    public boolean aboutIndividuals() {
        return subject == DataSubject.INDIVIDUAL;
    }

    /**
     * Personal data in the sense of MARKET.md: about individuals and not reduced to statistics. (Anonymized data
     * counts: whether it is lawfully anonymous is what its basis and the screening decide.)
     */
    public boolean isPersonalData() {
        return aboutIndividuals() && identifiability.orElse(Identifiability.IDENTIFIED) != Identifiability.STATISTICAL;
    }

    /** Identified or pseudonymous data about individuals: it still singles people out. */
    public boolean singlesOutPeople() {
        return aboutIndividuals() && identifiability.map(Identifiability::singlesOutPeople).orElse(true);
    }

    public boolean declares(Declaration declaration) {
        return declarations.contains(declaration);
    }

    public boolean hostedOnPlatform() {
        return hosting == Hosting.PLATFORM;
    }

    /** The content warranties the provider has not given, in declaration order. */
    public Set<Declaration> missingContentWarranties() {
        EnumSet<Declaration> missing = EnumSet.copyOf(Declaration.CONTENT_WARRANTIES);
        missing.removeAll(declarations);
        return missing;
    }

    /** Where the content comes from and what rights others hold in it. */
    public record Content(Source source, ThirdPartyRights thirdPartyRights, boolean userGenerated) {

        public enum Source { OWN_COLLECTION, THIRD_PARTY, PUBLIC_RECORDS }

        /** Rights third parties hold in the content: none, licensed to the provider, or not known. */
        public enum ThirdPartyRights { NONE, LICENSED, UNCLEAR }

        public Content {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(thirdPartyRights, "thirdPartyRights");
        }
    }

    /** The licence a user receives the data under, e.g. {@code CC-BY-4.0}, and its price. */
    public record Licence(Kind kind, String id, Price price) {

        public enum Kind { OPEN, COMMERCIAL, RESTRICTED }

        public Licence {
            Objects.requireNonNull(kind, "kind");
            id = Ids.requireText(id, "licence id");
            Objects.requireNonNull(price, "price");
        }
    }

    /** What a user pays, in a currency (ISO 4217), once or per period or request. */
    public record Price(BigDecimal amount, String currency, Per per) {

        public enum Per { ONCE, MONTH, YEAR, REQUEST }

        private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

        public Price {
            Objects.requireNonNull(amount, "amount");
            if (amount.signum() < 0) {
                throw new IllegalArgumentException("a price cannot be negative, got " + amount);
            }
            Objects.requireNonNull(currency, "currency");
            if (!CURRENCY.matcher(currency).matches()) {
                throw new IllegalArgumentException("a currency is three capital letters (ISO 4217), got " + currency);
            }
            Objects.requireNonNull(per, "per");
        }

        public boolean free() {
            return amount.signum() == 0;
        }
    }

    /**
     * The terms of use: the purposes a user may use the data for, what is prohibited, how long a user may keep it
     * (when limited), and the weakest authentication a user may sign in with.
     */
    public record Terms(Set<PurposeKind> purposes, Set<Prohibition> prohibited, OptionalInt retentionDays,
                        Authentication minimumAuthentication) {

        public Terms {
            if (purposes.isEmpty()) {
                throw new IllegalArgumentException("terms of use permit at least one purpose");
            }
            purposes = Set.copyOf(EnumSet.copyOf(purposes));
            prohibited = prohibited.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(prohibited));
            Objects.requireNonNull(retentionDays, "retentionDays");
            if (retentionDays.isPresent() && retentionDays.getAsInt() < 0) {
                throw new IllegalArgumentException("retention days cannot be negative");
            }
            Objects.requireNonNull(minimumAuthentication, "minimumAuthentication");
        }

        public boolean prohibits(Prohibition prohibition) {
            return prohibited.contains(prohibition);
        }

        /**
         * Whether a user may use the data for {@code purpose}: it is among the permitted purposes, and a commercial
         * purpose is not barred by a COMMERCIAL_USE prohibition.
         */
        public boolean permit(PurposeKind purpose) {
            return purposes.contains(purpose) && !(purpose.isCommercial() && prohibits(Prohibition.COMMERCIAL_USE));
        }
    }
}
