package org.citygov.domain.law;

import org.citygov.domain.shared.Messages;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.citygov.domain.catalogue.CityGovDefaults.FourFactorLimits;
import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataAssetId;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.project.GovernanceProject;
import org.citygov.domain.stakeholder.Stakeholder;
import org.citygov.domain.stakeholder.StakeholderCategory;

/**
 * The courts' overall judgment as the guideline applies it to smart cities (5.3 (1)), for every flow of personal data
 * that is a camera, location or education use. Each rule below names the caution of the guideline it encodes:
 *
 * <table>
 *   <caption>Rules of the four-factor test</caption>
 *   <tr><th>factor</th><th>subject</th><th>condition</th><th>standing</th></tr>
 *   <tr><td>(b)</td><td>education</td><td>a commercial purpose (ADVERTISING, COMMERCIAL_RECOMMENDATION) that does
 *       not serve the children themselves</td><td>NOT_MET: "any project lacking [the children's benefit] is not
 *       suitable"; profit use "must be highly effective for the children at the same time", 3)</td></tr>
 *   <tr><td>(b)</td><td>education</td><td>a commercial purpose for the children themselves</td><td>CAUTION: it must
 *       be highly effective for them, 3)</td></tr>
 *   <tr><td>(b)</td><td>education</td><td>predicting a pupil's behaviour (INDIVIDUAL_PREDICTION), whoever
 *       benefits</td><td>MET: preventing delinquency is "highly rational" in purpose; the guideline faults the
 *       method, (c), 3)</td></tr>
 *   <tr><td>(b)</td><td>education</td><td>another purpose that is not for the children themselves and not one of
 *       education, care, health or safety</td><td>CAUTION: the use must be for the children's benefit, 3); a
 *       beneficiary other than the pupil does not by itself fail (b)</td></tr>
 *   <tr><td>(b)</td><td>location</td><td>emergency or disaster purpose</td><td>MET even if sensitive, 2)</td></tr>
 *   <tr><td>(b)</td><td>location, camera</td><td>commercial recommendation or advertising</td><td>CAUTION: low
 *       legitimacy, so (c) is judged stringently, 1) 2)</td></tr>
 *   <tr><td>(b)</td><td>location, camera</td><td>individual prediction</td><td>CAUTION: needs a legitimate,
 *       non-discriminatory reason, 1)</td></tr>
 *   <tr><td>(b)</td><td>camera</td><td>a vague purpose text (open-ended wording such as "various purposes", "as
 *       needed", "etc."; the edition's word list, a CityGov default: {@link FourFactorLimits#vagueWording()})</td><td>NOT_MET: "an unclear purpose of use such
 *       as 'for purposes needed by regional store business'" is the guideline's example of an inappropriate
 *       purpose, 1)</td></tr>
 *   <tr><td>(b)</td><td>any</td><td>serves the operator only</td><td>CAUTION</td></tr>
 *   <tr><td>(c)</td><td>any</td><td>a less intrusive alternative is named</td><td>NOT_MET: the method is
 *       unreasonable, 2)</td></tr>
 *   <tr><td>(c)</td><td>any</td><td>covert</td><td>NOT_MET: subjects cannot tell they are observed, 1) (after
 *       collection: cannot learn their data is handled so)</td></tr>
 *   <tr><td>(c)</td><td>camera</td><td>images provided to the police (a recipient named as the police, or a
 *       CRIME_PREVENTION flow to a government body)</td><td>NOT_MET; CAUTION on a LAW or EMERGENCY basis: city
 *       cameras are judged like private ones only "as long as there is no special reason requiring the photographic
 *       data to be provided to the police"; police photography meets the courts' strict standard only, 1)</td></tr>
 *   <tr><td>(c)</td><td>camera</td><td>continuous without consent, and it tracks people (facial recognition, or
 *       identifiable images kept)</td><td>NOT_MET: long-term, large-scale tracking without permission, 1); without
 *       tracking and without notice, CAUTION</td></tr>
 *   <tr><td>(c)</td><td>location</td><td>continuous without consent, not for an emergency</td><td>NOT_MET when
 *       judged stringently (smartphone GPS, location accumulated over time…), except vehicle-plate recognition:
 *       CAUTION, 2)</td></tr>
 *   <tr><td>(c)</td><td>location</td><td>commercial purpose without consent</td><td>NOT_MET: effective consent is
 *       required, 2)</td></tr>
 *   <tr><td>(c)</td><td>camera</td><td>commercial purpose without consent</td><td>CAUTION</td></tr>
 *   <tr><td>(c)</td><td>education</td><td>individual prediction</td><td>NOT_MET: inaccurate labelling and denial of
 *       autonomy, 3)</td></tr>
 *   <tr><td>(c)</td><td>education</td><td>joined with other fields; kept longer than the edition's
 *       {@link FourFactorLimits#educationRetentionDays()} (365 days in the bundled edition, a CityGov default)</td><td>CAUTION: unified
 *       management, long-term storage, 3)</td></tr>
 *   <tr><td>(c)</td><td>camera, location</td><td>kept longer than the edition's limits (CityGov defaults
 *       {@link FourFactorLimits#cameraRetentionDays()} 30 / {@link FourFactorLimits#locationRetentionDays()} 90 days in
 *       the bundled edition), no deletion</td><td>CAUTION: storage past the needed period, 1)</td></tr>
 *   <tr><td>(c)</td><td>any</td><td>collected with no notice; no legal basis</td><td>CAUTION</td></tr>
 *   <tr><td>(d)</td><td>any</td><td>no safeguard at all</td><td>NOT_MET: "likely a violation", 2) 3)</td></tr>
 *   <tr><td>(d)</td><td>any</td><td>no access control; stringent: no encryption or no access log</td>
 *       <td>CAUTION</td></tr>
 *   <tr><td>(d)</td><td>camera</td><td>identifiable images without retention limit, or joined with other
 *       fields</td><td>CAUTION: easily reused for unrelated purposes, 1)</td></tr>
 * </table>
 * Which flows are which use: a camera use photographs people (a camera method other than plate recognition, or
 * images or facial features of people); vehicle-plate recognition is the guideline's location precedent (the N-system
 * cases, 2)), less precise than smartphone GPS because a vehicle carries family and others, so it is judged as a
 * location use, not a camera use, and so is a later flow of plate images. The retention limits and the word list for
 * vague purposes are CityGov's defaults, not figures from the guideline: they are read from the catalogue edition's
 * {@code cityGovDefaults.fourFactor} and passed in. The names that make a recipient the police ("police", 警察) stay
 * here: they identify a party the guideline's rule is about, they are not a threshold a city would tune.
 */
public final class FourFactorJudgment {

    private static final List<String> POLICE_NAMES = List.of("police", "警察");
    /**
     * Purposes of education, care, health and safety, and the prediction the guideline calls "highly rational":
     * educational data used for them serves the children even when the school or the community is the beneficiary.
     */
    private static final Set<PurposeKind> SERVES_CHILDREN = EnumSet.of(PurposeKind.EDUCATION_SUPPORT,
            PurposeKind.CARE_AND_WATCHING_OVER, PurposeKind.PUBLIC_HEALTH, PurposeKind.EMERGENCY_RESPONSE,
            PurposeKind.DISASTER_PREVENTION, PurposeKind.INDIVIDUAL_PREDICTION);

    private FourFactorJudgment() {
    }

    /**
     * The legal tests of every flow of the project, in flow order and then subject order, with the edition's limits
     * ({@code cityGovDefaults.fourFactor}).
     */
    public static List<LegalJudgment> judge(GovernanceProject project, FourFactorLimits limits) {
        Map<DataAssetId, DataAsset> assets = new HashMap<>();
        project.dataAssets().forEach(a -> assets.put(a.id(), a));
        Set<DataAssetId> plateImages = plateImages(project);
        List<LegalJudgment> tests = new ArrayList<>();
        for (DataFlow flow : project.dataFlows()) {
            DataAsset asset = assets.get(flow.asset());
            Stakeholder recipient = project.stakeholder(flow.to()).orElseThrow();
            for (LegalSubject subject : subjectsOf(flow, asset, plateImages.contains(asset.id()))) {
                tests.add(judge(flow, asset, recipient, subject, limits));
            }
        }
        return List.copyOf(tests);
    }

    /** Assets gathered only by vehicle-plate recognition: their images show vehicles, judged as location data. */
    private static Set<DataAssetId> plateImages(GovernanceProject project) {
        Map<DataAssetId, Boolean> onlyPlates = new HashMap<>();
        for (DataFlow flow : project.dataFlows()) {
            if (flow.stage() == LifecycleStage.COLLECTION) {
                onlyPlates.merge(flow.asset(), flow.method() == CollectionMethod.VEHICLE_PLATE_RECOGNITION,
                        Boolean::logicalAnd);
            }
        }
        Set<DataAssetId> plates = new java.util.HashSet<>();
        onlyPlates.forEach((asset, only) -> {
            if (only) {
                plates.add(asset);
            }
        });
        return plates;
    }

    /**
     * Which of the three uses a flow is; none when its data is not about individuals. {@code plateImages}: the asset
     * was gathered only by vehicle-plate recognition, so its images are the N-system's location precedent.
     */
    public static Set<LegalSubject> subjectsOf(DataFlow flow, DataAsset asset, boolean plateImages) {
        Set<LegalSubject> subjects = EnumSet.noneOf(LegalSubject.class);
        if (!asset.isPersonal()) {
            return subjects;
        }
        boolean plates = flow.method() == CollectionMethod.VEHICLE_PLATE_RECOGNITION || plateImages;
        boolean photographsPeople = flow.method().isCamera() && flow.method() != CollectionMethod.VEHICLE_PLATE_RECOGNITION;
        if (photographsPeople || asset.holds(DataCategory.FACIAL_FEATURES)
                || (asset.holds(DataCategory.CAMERA_IMAGE) && !plates)) {
            subjects.add(LegalSubject.CAMERA);
        }
        if (asset.holds(DataCategory.LOCATION) || flow.method() == CollectionMethod.SMARTPHONE_GPS
                || flow.method() == CollectionMethod.BLE_BEACON || plates) {
            subjects.add(LegalSubject.LOCATION);
        }
        if (asset.holds(DataCategory.EDUCATION)) {
            subjects.add(LegalSubject.EDUCATION);
        }
        return subjects;
    }

    /** The judgment of one flow on one subject; {@code recipient} is the party the flow goes to. */
    public static LegalJudgment judge(DataFlow flow, DataAsset asset, Stakeholder recipient, LegalSubject subject,
                                      FourFactorLimits limits) {
        Sensitivity sensitivity = sensitivity(flow, asset);
        FactorFinding purpose = purpose(flow, subject, limits);
        FactorFinding method = method(flow, asset, recipient, subject, sensitivity, limits);
        FactorFinding management = management(flow, asset, subject, sensitivity);
        Standing worst = purpose.standing().worst(method.standing()).worst(management.standing());
        List<String> cautions = new ArrayList<>();
        purpose.points().forEach(p -> cautions.add(Messages.text("fourFactor.caution", "b", p)));
        method.points().forEach(p -> cautions.add(Messages.text("fourFactor.caution", "c", p)));
        management.points().forEach(p -> cautions.add(Messages.text("fourFactor.caution", "d", p)));
        return new LegalJudgment(flow.id(), subject, sensitivity, nature(flow, asset, sensitivity), purpose, method,
                management, Verdict.of(worst), cautions);
    }

    // ---- (a) nature of the information

    static Sensitivity sensitivity(DataFlow flow, DataAsset asset) {
        if (!sensitiveTraits(flow, asset).isEmpty()) {
            return Sensitivity.HIGH;
        }
        boolean singlesOut = asset.identifiability().map(i -> i.singlesOutPeople()).orElse(true);
        return singlesOut || flow.continuous() ? Sensitivity.ELEVATED : Sensitivity.LOW;
    }

    private static List<String> sensitiveTraits(DataFlow flow, DataAsset asset) {
        List<String> traits = new ArrayList<>();
        if (asset.specialCare()) {
            traits.add(Messages.text("fourFactor.a.specialCare"));
        }
        if (asset.holds(DataCategory.FACIAL_FEATURES) || asset.holds(DataCategory.BIOMETRIC)) {
            traits.add(Messages.text("fourFactor.a.biometric"));
        }
        if (flow.method() == CollectionMethod.SMARTPHONE_GPS) {
            traits.add(Messages.text("fourFactor.a.gps"));
        }
        if (asset.concerns(SubjectGroup.CHILDREN)) {
            traits.add(Messages.text("fourFactor.a.children"));
        }
        if (asset.holds(DataCategory.LOCATION) && flow.continuous()) {
            traits.add(Messages.text("fourFactor.a.accumulated"));
        }
        return traits;
    }

    private static String nature(DataFlow flow, DataAsset asset, Sensitivity sensitivity) {
        return switch (sensitivity) {
            case HIGH -> Messages.text("fourFactor.a.high", String.join("; ", sensitiveTraits(flow, asset)));
            case ELEVATED -> Messages.text(flow.continuous() ? "fourFactor.a.elevatedContinuous"
                    : "fourFactor.a.elevated", asset.identifiability().map(Enum::name)
                    .orElse(Messages.text("fourFactor.a.identifiabilityNotStated")));
            case LOW -> Messages.text("fourFactor.a.low", asset.identifiability().map(Enum::name).orElse(""));
        };
    }

    // ---- (b) legitimacy of the purpose

    static FactorFinding purpose(DataFlow flow, LegalSubject subject, FourFactorLimits limits) {
        Points points = new Points();
        PurposeKind kind = flow.purpose().kind();
        Beneficiary beneficiary = flow.purpose().beneficiary();
        boolean emergency = kind.isEmergency() || flow.legalBasis() == LegalBasis.EMERGENCY;
        switch (subject) {
            case EDUCATION -> {
                if (kind.isCommercial() && beneficiary != Beneficiary.DATA_SUBJECT) {
                    points.add(Standing.NOT_MET, Messages.text("fourFactor.b.educationCommercial", kind,
                            beneficiary.name().toLowerCase(Locale.ROOT)));
                } else if (kind.isCommercial()) {
                    points.add(Standing.CAUTION, Messages.text("fourFactor.b.educationProfit", kind));
                } else if (beneficiary != Beneficiary.DATA_SUBJECT && !SERVES_CHILDREN.contains(kind)) {
                    points.add(Standing.CAUTION, Messages.text("fourFactor.b.educationOtherBeneficiary", kind,
                            beneficiary.name().toLowerCase(Locale.ROOT)));
                }
            }
            case LOCATION -> {
                if (kind.isCommercial()) {
                    points.add(Standing.CAUTION, Messages.text("fourFactor.b.locationCommercial"));
                }
            }
            case CAMERA -> {
                if (kind.isCommercial()) {
                    points.add(Standing.CAUTION, Messages.text("fourFactor.b.cameraCommercial", kind));
                }
                limits.vagueWording().firstIn(flow.purpose().text()).ifPresent(words -> points.add(Standing.NOT_MET,
                        Messages.text("fourFactor.b.vague", words)));
            }
        }
        if (subject != LegalSubject.EDUCATION && kind == PurposeKind.INDIVIDUAL_PREDICTION) {
            points.add(Standing.CAUTION, Messages.text("fourFactor.b.prediction"));
        }
        if (beneficiary == Beneficiary.OPERATOR && !kind.isCommercial() && subject != LegalSubject.EDUCATION) {
            points.add(Standing.CAUTION, Messages.text("fourFactor.b.operator"));
        }
        String summary = Messages.text(emergency && subject == LegalSubject.LOCATION ? "fourFactor.b.summaryEmergency"
                : subject == LegalSubject.EDUCATION && kind == PurposeKind.INDIVIDUAL_PREDICTION
                ? "fourFactor.b.summaryPrediction" : "fourFactor.b.summary", kind,
                beneficiary.name().toLowerCase(Locale.ROOT), flow.purpose().text());
        return points.finding(summary);
    }

    // ---- (c) legitimacy of the method of acquisition and use

    static FactorFinding method(DataFlow flow, DataAsset asset, Stakeholder recipient, LegalSubject subject,
                                Sensitivity sensitivity, FourFactorLimits limits) {
        Points points = new Points();
        PurposeKind kind = flow.purpose().kind();
        boolean consented = flow.legalBasis() == LegalBasis.CONSENT;
        boolean emergency = kind.isEmergency() || flow.legalBasis() == LegalBasis.EMERGENCY;
        flow.lessIntrusiveAlternative().ifPresent(alternative -> points.add(Standing.NOT_MET,
                Messages.text("fourFactor.c.alternative", alternative)));
        if (flow.covert()) {
            points.add(Standing.NOT_MET, flow.stage() == LifecycleStage.COLLECTION
                    ? Messages.text("fourFactor.c.covertCapture")
                    : Messages.text("fourFactor.c.covertLater", flow.stage()));
        }
        if (subject == LegalSubject.CAMERA && toPolice(flow, recipient)) {
            boolean statutory = flow.legalBasis() == LegalBasis.LAW || flow.legalBasis() == LegalBasis.EMERGENCY;
            points.add(statutory ? Standing.CAUTION : Standing.NOT_MET, statutory
                    ? Messages.text("fourFactor.c.policeStatutory", recipient.id())
                    : Messages.text("fourFactor.c.policeRoutine", recipient.id(), flow.legalBasis()));
        }
        if (flow.continuous() && !consented) {
            switch (subject) {
                case CAMERA -> {
                    if (tracksPeople(flow, asset)) {
                        points.add(Standing.NOT_MET, Messages.text("fourFactor.c.cameraTracking"));
                    } else if (!flow.isNoticed()) {
                        points.add(Standing.CAUTION, Messages.text("fourFactor.c.cameraContinuous"));
                    }
                }
                case LOCATION -> {
                    if (emergency) {
                        points.add(Standing.CAUTION, Messages.text("fourFactor.c.locationEmergency"));
                    } else if (flow.method() == CollectionMethod.VEHICLE_PLATE_RECOGNITION) {
                        points.add(Standing.CAUTION, Messages.text("fourFactor.c.locationPlates"));
                    } else if (sensitivity.isStringent()) {
                        points.add(Standing.NOT_MET, Messages.text("fourFactor.c.locationTracking"));
                    } else {
                        points.add(Standing.CAUTION, Messages.text("fourFactor.c.locationAccumulated"));
                    }
                }
                case EDUCATION -> points.add(Standing.CAUTION, Messages.text("fourFactor.c.educationObserved"));
            }
        }
        if (kind.isCommercial() && !consented) {
            if (subject == LegalSubject.LOCATION) {
                points.add(Standing.NOT_MET, Messages.text("fourFactor.c.locationCommercial", kind));
            } else if (subject == LegalSubject.CAMERA) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.c.cameraCommercial", kind));
            }
        }
        if (subject == LegalSubject.EDUCATION) {
            if (kind == PurposeKind.INDIVIDUAL_PREDICTION) {
                points.add(Standing.NOT_MET, Messages.text("fourFactor.c.educationPrediction"));
            }
            if (flow.linksOtherFields()) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.c.educationLinked"));
            }
            if (asset.retentionDays() > limits.educationRetentionDays()) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.c.educationRetention", asset.retentionDays()));
            }
        }
        int retentionLimit = subject == LegalSubject.CAMERA ? limits.cameraRetentionDays()
                : limits.locationRetentionDays();
        if (subject != LegalSubject.EDUCATION && asset.retentionDays() > retentionLimit
                && !asset.has(Safeguard.IMMEDIATE_DELETION)) {
            points.add(Standing.CAUTION, Messages.text("fourFactor.c.retention", asset.retentionDays(),
                    retentionLimit));
        }
        if (flow.stage() == LifecycleStage.COLLECTION && !flow.isNoticed() && !consented
                && !flow.covert()) {
            points.add(Standing.CAUTION, Messages.text("fourFactor.c.noNotice"));
        }
        if (flow.legalBasis() == LegalBasis.NONE) {
            points.add(Standing.CAUTION, Messages.text("fourFactor.c.noLegalBasis"));
        }
        String summary = flow.isNoticed()
                ? Messages.text("fourFactor.c.summaryNoticed", flow.method(), flow.stage(), flow.legalBasis(),
                String.join(", ", flow.notice().stream().sorted().map(Enum::name).toList()))
                : Messages.text("fourFactor.c.summary", flow.method(), flow.stage(), flow.legalBasis());
        return points.finding(summary);
    }

    /**
     * Whether a flow hands data to the police: a recipient whose id or name names the police, or a crime-prevention
     * flow to a government body (in Japan the police are prefectural, a local government body).
     */
    static boolean toPolice(DataFlow flow, Stakeholder recipient) {
        if (!flow.handsToAnotherParty()) {
            return false;
        }
        String names = (recipient.id().value() + " " + recipient.name()).toLowerCase(Locale.ROOT);
        boolean named = POLICE_NAMES.stream().anyMatch(names::contains);
        boolean government = recipient.category().sector() == StakeholderCategory.Sector.PUBLIC;
        return named || (flow.purpose().kind() == PurposeKind.CRIME_PREVENTION && government);
    }

    /**
     * Whether continuous camera capture amounts to tracking people: facial recognition extracts features to recognize
     * the same person again, and identifiable images that are kept can be matched later. Images deleted as soon as
     * attributes are estimated (the Kashiwa-no-ha cameras, 5.4 (2)) follow no one.
     */
    static boolean tracksPeople(DataFlow flow, DataAsset asset) {
        boolean singlesOut = asset.identifiability().map(i -> i.singlesOutPeople()).orElse(true);
        return flow.method() == CollectionMethod.FACIAL_RECOGNITION_CAMERA || asset.holds(DataCategory.FACIAL_FEATURES)
                || (singlesOut && !asset.has(Safeguard.IMMEDIATE_DELETION));
    }

    // ---- (d) rigour of the information management

    static FactorFinding management(DataFlow flow, DataAsset asset, LegalSubject subject, Sensitivity sensitivity) {
        Points points = new Points();
        if (asset.safeguards().isEmpty()) {
            points.add(Standing.NOT_MET, Messages.text("fourFactor.d.none"));
        } else {
            if (!asset.has(Safeguard.ACCESS_CONTROL)) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.d.noAccessControl"));
            }
            if (sensitivity.isStringent() && !asset.has(Safeguard.ENCRYPTION)) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.d.noEncryption"));
            }
            if (sensitivity.isStringent() && !asset.has(Safeguard.ACCESS_LOGGING)) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.d.noAccessLog"));
            }
        }
        if (subject == LegalSubject.CAMERA) {
            boolean singlesOut = asset.identifiability().map(i -> i.singlesOutPeople()).orElse(true);
            if (singlesOut && !asset.has(Safeguard.RETENTION_LIMIT) && !asset.has(Safeguard.IMMEDIATE_DELETION)) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.d.noRetentionLimit"));
            }
            if (flow.linksOtherFields()) {
                points.add(Standing.CAUTION, Messages.text("fourFactor.d.imagesLinked"));
            }
        }
        String summary = asset.safeguards().isEmpty() ? Messages.text("fourFactor.d.summaryNone")
                : Messages.text("fourFactor.d.summary",
                String.join(", ", asset.safeguards().stream().sorted().map(Enum::name).toList()));
        return points.finding(summary);
    }

    /** Collects the points of one factor; the worst standing among them is the factor's. */
    private static final class Points {
        private Standing standing = Standing.MET;
        private final List<String> points = new ArrayList<>();

        void add(Standing level, String point) {
            standing = standing.worst(level);
            points.add(point);
        }

        FactorFinding finding(String summary) {
            return new FactorFinding(standing, summary, points);
        }
    }
}
