package org.citygov.domain.risk;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.law.Appi;
import org.citygov.domain.project.Region;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * A data flow seen with its asset, its two parties and the project around it: the facts the harm conditions are
 * written in. Every method answers a plain question about the flow.
 */
public record FlowView(DataFlow flow, DataAsset asset, Stakeholder from, Stakeholder to, Region region,
                       Set<PurposeKind> collectedFor, int recipientsOfAsset) {

    /** Categories that reveal intimate aspects of a life when they reach others (appendix, exposure). */
    static final Set<DataCategory> INTIMATE = EnumSet.of(DataCategory.CAMERA_IMAGE, DataCategory.FACIAL_FEATURES,
            DataCategory.HEALTH, DataCategory.MEDICAL, DataCategory.LONG_TERM_CARE, DataCategory.EDUCATION,
            DataCategory.FINANCIAL, DataCategory.BIOMETRIC);

    /** Categories that make a questionnaire invasive (appendix, interrogation). */
    static final Set<DataCategory> INVASIVE_TO_ASK = EnumSet.of(DataCategory.HEALTH, DataCategory.MEDICAL,
            DataCategory.LONG_TERM_CARE, DataCategory.FINANCIAL, DataCategory.EDUCATION);

    /** Categories that carry a person's likeness or body (appendix, appropriation). */
    static final Set<DataCategory> LIKENESS = EnumSet.of(DataCategory.CAMERA_IMAGE, DataCategory.FACIAL_FEATURES,
            DataCategory.BIOMETRIC);

    static FlowView of(ProjectIndex index, DataFlow flow) {
        return new FlowView(flow, index.asset(flow), index.stakeholder(flow.from()), index.stakeholder(flow.to()),
                index.project.overview().region(), index.collectedFor(flow.asset()),
                index.recipientsOf(flow.asset()).size());
    }

    /** The data is about individuals. */
    public boolean personal() {
        return asset.isPersonal();
    }

    /** Personal data that still points at one person (identified or pseudonymous; unstated counts as identifying). */
    public boolean singlesOut() {
        return personal() && asset.identifiability().map(i -> i.singlesOutPeople()).orElse(true);
    }

    public boolean identified() {
        return personal() && asset.identifiability()
                .map(i -> i == org.citygov.domain.data.Identifiability.IDENTIFIED).orElse(true);
    }

    public boolean holdsAny(Set<DataCategory> categories) {
        return asset.holdsAny(categories);
    }

    public boolean has(Safeguard safeguard) {
        return asset.has(safeguard);
    }

    public boolean unprotected() {
        return asset.safeguards().isEmpty();
    }

    public boolean consented() {
        return flow.legalBasis() == LegalBasis.CONSENT;
    }

    /**
     * The flow provides personal data to a third party as the APPI means it: an organization hands it to another
     * party (at dissemination to anyone, at other stages to another organization); people handing over their own
     * data, or receiving it back, provide nothing.
     */
    public boolean provides() {
        return handsToAnotherParty() && !from.category().isCitizen()
                && (flow.stage() == org.citygov.domain.data.LifecycleStage.DISSEMINATION || !to.category().isCitizen());
    }

    /**
     * The flow's basis meets the APPI for providing its data without consent missing: consent, a law, an emergency,
     * or a public interest that one of the Act's narrow exceptions covers ({@link Appi}); not opt-out, not none.
     */
    public boolean hasGroundBeyondOptOut() {
        return Appi.met(Appi.Act.PROVIDE, flow, asset, from, to, withinPurposeOfUse());
    }

    /** The exception of the APPI a PUBLIC_INTEREST provision may rest on, if any. */
    public Optional<String> publicInterestItem(Appi.Act act) {
        return Appi.publicInterestItem(act, flow, asset, from, to, withinPurposeOfUse());
    }

    /** A later flow that keeps a purpose its asset was collected for. */
    public boolean withinPurposeOfUse() {
        return flow.stage() != org.citygov.domain.data.LifecycleStage.COLLECTION && collectedFor.contains(purpose());
    }

    public PurposeKind purpose() {
        return flow.purpose().kind();
    }

    /**
     * The flow's purpose differs from every purpose its asset was collected for (a collection flow has nothing to
     * drift from).
     */
    public boolean purposeDrifts() {
        return flow.stage() != org.citygov.domain.data.LifecycleStage.COLLECTION && !collectedFor.isEmpty()
                && !collectedFor.contains(purpose());
    }

    public boolean handsToAnotherParty() {
        return flow.handsToAnotherParty();
    }

    /**
     * Data passes between two organizations (5.3 (3)): neither end is a resident or visitor, who hand over or receive
     * their own data.
     */
    public boolean linksOrganizations() {
        return handsToAnotherParty() && !from.category().isCitizen() && !to.category().isCitizen();
    }

    /** The recipient is a company (local, out-of-area, or the platform operator). */
    public boolean toCompany() {
        return to.category().sector() == StakeholderCategory.Sector.INDUSTRY;
    }

    public boolean toHub() {
        return to.category() == StakeholderCategory.PLATFORM_OPERATOR;
    }

    public boolean sensitive() {
        return asset.specialCare() || asset.concerns(SubjectGroup.CHILDREN);
    }
}
