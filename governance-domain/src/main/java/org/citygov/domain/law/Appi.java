package org.citygov.domain.law;

import org.citygov.domain.shared.Messages;

import java.util.Objects;
import java.util.Optional;

import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * Two acts of the Act on the Protection of Personal Information (APPI; article numbers of the Act as amended in 2020
 * and 2021, in force from April 2022 and April 2023) that the guideline says need consent (5.4 (2) and its note 17):
 * acquiring special-care-required personal information, and providing personal data to a third party. For each, which
 * legal basis of a flow meets the Act without the person's consent. A flow that rests on {@code PUBLIC_INTEREST} is
 * met only where one of the Act's narrow exceptions plausibly holds; "the public interest" is not itself a ground.
 *
 * <table>
 *   <caption>When a flow may do without consent, by the APPI</caption>
 *   <tr><th>act</th><th>who</th><th>the Act</th><th>met by the flow's basis</th></tr>
 *   <tr><td>acquiring special-care-required information</td><td>a business operator (the acquirer is not a
 *       national or local government body)</td><td>Art. 20 (2): not without prior consent, except the cases it
 *       lists</td><td>CONSENT; LAW (item (i), based on laws); EMERGENCY (item (ii), life, body or property, consent
 *       hard to obtain); PUBLIC_INTEREST only where {@link #publicInterestItem} finds item (iii), (iv) or the
 *       academic-research items</td></tr>
 *   <tr><td>providing personal data to a third party</td><td>a business operator (the provider is not a government
 *       body)</td><td>Art. 27 (1): not without prior consent, except items (i) to (vii); the opt-out of Art. 27 (2)
 *       never covers special-care-required information</td><td>CONSENT; LAW (i); EMERGENCY (ii); PUBLIC_INTEREST only
 *       where {@link #publicInterestItem} finds an item</td></tr>
 *   <tr><td>providing retained personal information</td><td>a national or local government body</td><td>Art. 69:
 *       not for another purpose than the purpose of use, except by law or (2): consent, another public body's duties
 *       with reasonable grounds, statistics or academic research, the person's clear benefit or other special
 *       reasons</td><td>CONSENT; LAW; EMERGENCY; PUBLIC_INTEREST where {@link #publicInterestItem} finds an
 *       item</td></tr>
 * </table>
 *
 * <table>
 *   <caption>The exceptions a PUBLIC_INTEREST flow may rest on, as CityGov reads them from the flow</caption>
 *   <tr><th>never</th><td>an ADVERTISING or COMMERCIAL_RECOMMENDATION purpose, or a purpose that benefits the
 *       operator when a company receives or acquires the data: a company's own benefit is none of the
 *       exceptions</td></tr>
 *   <tr><th>Art. 20 (2) (iii), 27 (1) (iii)</th><td>a PUBLIC_HEALTH purpose, or data about children used for their
 *       education or care: specially necessary for public health or the sound growth of children (the Act adds: and
 *       consent is hard to obtain)</td></tr>
 *   <tr><th>Art. 20 (2) (iv), 27 (1) (iv)</th><td>the other party is a national or local government body: cooperation
 *       with its affairs prescribed by laws (the Act adds: where consent would impede them)</td></tr>
 *   <tr><th>Art. 20 (2) (v), (vi); 27 (1) (v) to (vii)</th><td>a RESEARCH purpose with a university or research
 *       institute at one end: academic research</td></tr>
 *   <tr><th>Art. 69 (1), (2)</th><td>(a government provider) the recipient is a government body; a RESEARCH purpose
 *       (statistics or academic research); the person's own benefit (beneficiary DATA_SUBJECT); or the flow keeps a
 *       purpose the data was collected for (within the purpose of use)</td></tr>
 * </table>
 * Each item holds only as the Act words it; CityGov can see the flow's purpose and parties, not whether consent was
 * hard to obtain, so a finding or its absence is a prompt for the city's legal review, not a legal opinion.
 */
public final class Appi {

    private Appi() {
    }

    /** What a flow does that the Act regulates. */
    public enum Act {
        /** Acquiring special-care-required personal information (Art. 20 (2)). */
        ACQUIRE_SPECIAL_CARE,
        /** Providing personal data to a third party (Art. 27 (1); Art. 69 for government bodies). */
        PROVIDE
    }

    /** A national or local government body, to which Chapter 5 of the Act applies instead of Chapter 4. */
    public static boolean isPublicBody(Stakeholder party) {
        return party.category().sector() == StakeholderCategory.Sector.PUBLIC;
    }

    /** The article that governs an act by this party (who acquires, or who provides). */
    public static String article(Act act, Stakeholder actor) {
        return switch (act) {
            case ACQUIRE_SPECIAL_CARE -> Messages.text("appi.art20_2");
            case PROVIDE -> isPublicBody(actor) ? Messages.text("appi.art69") : Messages.text("appi.art27_1");
        };
    }

    /** What the article governing an act by this party asks, in a sentence's words. */
    public static String rule(Act act, Stakeholder actor) {
        return switch (act) {
            case ACQUIRE_SPECIAL_CARE -> Messages.text("appi.rule.consent", Messages.text("appi.art20_2"));
            case PROVIDE -> isPublicBody(actor)
                    ? Messages.text("appi.rule.publicBody")
                    : Messages.text("appi.rule.consent", Messages.text("appi.art27_1"));
        };
    }

    /**
     * Whether the flow's basis meets the Act for this act without consent being missing: CONSENT, LAW and EMERGENCY
     * do; PUBLIC_INTEREST where {@link #publicInterestItem} finds an item; OPT_OUT and NONE do not (the opt-out of
     * Art. 27 (2) is a procedure of its own, never open to special-care information).
     */
    public static boolean met(Act act, DataFlow flow, DataAsset asset, Stakeholder from, Stakeholder to,
                              boolean withinPurposeOfUse) {
        return switch (flow.legalBasis()) {
            case CONSENT, LAW, EMERGENCY -> true;
            case PUBLIC_INTEREST -> publicInterestItem(act, flow, asset, from, to, withinPurposeOfUse).isPresent();
            case OPT_OUT, NONE -> false;
        };
    }

    /**
     * The exception of the Act a PUBLIC_INTEREST flow may rest on, in words with its article and item, or empty when
     * none does (see the class table).
     *
     * @param withinPurposeOfUse the flow keeps a purpose its data was collected for
     */
    public static Optional<String> publicInterestItem(Act act, DataFlow flow, DataAsset asset, Stakeholder from,
                                                      Stakeholder to, boolean withinPurposeOfUse) {
        Objects.requireNonNull(act, "act");
        PurposeKind kind = flow.purpose().kind();
        Stakeholder actor = act == Act.PROVIDE ? from : to;
        Stakeholder other = act == Act.PROVIDE ? to : from;
        boolean companyGains = flow.purpose().beneficiary() == Beneficiary.OPERATOR
                && to.category().sector() == StakeholderCategory.Sector.INDUSTRY;
        if (kind.isCommercial() || companyGains) {
            return Optional.empty();
        }
        if (act == Act.PROVIDE && isPublicBody(from)) {
            if (isPublicBody(to)) {
                return Optional.of(Messages.text("appi.item.publicBody"));
            }
            if (kind == PurposeKind.RESEARCH) {
                return Optional.of(Messages.text("appi.item.statistics"));
            }
            if (flow.purpose().beneficiary() == Beneficiary.DATA_SUBJECT) {
                return Optional.of(Messages.text("appi.item.ownBenefit"));
            }
            if (withinPurposeOfUse) {
                return Optional.of(Messages.text("appi.item.withinPurpose"));
            }
            return Optional.empty();
        }
        String article = act == Act.PROVIDE ? Messages.text("appi.art27_1") : Messages.text("appi.art20_2");
        boolean children = asset.concerns(SubjectGroup.CHILDREN) && (kind == PurposeKind.EDUCATION_SUPPORT
                || kind == PurposeKind.CARE_AND_WATCHING_OVER);
        if (kind == PurposeKind.PUBLIC_HEALTH || children) {
            return Optional.of(Messages.text(children ? "appi.item.children" : "appi.item.publicHealth", article));
        }
        if (isPublicBody(other)) {
            return Optional.of(Messages.text("appi.item.cooperation", article));
        }
        boolean academic = actor.category().sector() == StakeholderCategory.Sector.ACADEMIA
                || other.category().sector() == StakeholderCategory.Sector.ACADEMIA;
        if (kind == PurposeKind.RESEARCH && academic) {
            return Optional.of(Messages.text(act == Act.PROVIDE ? "appi.item.academicProvide"
                    : "appi.item.academicAcquire", article));
        }
        return Optional.empty();
    }
}
