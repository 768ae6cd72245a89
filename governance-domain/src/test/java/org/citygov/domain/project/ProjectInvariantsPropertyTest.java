package org.citygov.domain.project;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.random.RandomGeneratorFactory;
import java.util.stream.Collectors;

import org.citygov.domain.data.Beneficiary;
import org.citygov.domain.data.CollectionMethod;
import org.citygov.domain.data.DataAsset;
import org.citygov.domain.data.DataCategory;
import org.citygov.domain.data.DataFlow;
import org.citygov.domain.data.DataSubject;
import org.citygov.domain.data.Identifiability;
import org.citygov.domain.data.LegalBasis;
import org.citygov.domain.data.LifecycleStage;
import org.citygov.domain.data.NoticeChannel;
import org.citygov.domain.data.Purpose;
import org.citygov.domain.data.PurposeKind;
import org.citygov.domain.data.Safeguard;
import org.citygov.domain.data.SubjectGroup;
import org.citygov.domain.shared.Violation;
import org.citygov.domain.stakeholder.Involvement;
import org.citygov.domain.stakeholder.StakeholderCategory;
import org.citygov.domain.testing.ProjectBuilders.ProjectBuilder;
import org.junit.jupiter.api.Test;

import static org.citygov.domain.testing.ProjectBuilders.aFlow;
import static org.citygov.domain.testing.ProjectBuilders.aFlowLike;
import static org.citygov.domain.testing.ProjectBuilders.aProject;
import static org.citygov.domain.testing.ProjectBuilders.aProjectLike;
import static org.citygov.domain.testing.ProjectBuilders.aService;
import static org.citygov.domain.testing.ProjectBuilders.aStakeholder;
import static org.citygov.domain.testing.ProjectBuilders.anAsset;
import static org.citygov.domain.testing.ProjectBuilders.anAssetLike;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property-style checks of {@link ProjectRules} with a seeded generator (plain JUnit; the seed is in every failure
 * message, so a failing case can be replayed): projects generated within the rules pass them, and a random mutation
 * that breaks one rule is always reported at its path.
 */
class ProjectInvariantsPropertyTest {

    private static final long SEED = 20_260_401L;
    private static final int CASES = 500;

    private static final List<DataCategory> NON_PERSONAL_CATEGORIES = EnumSet.allOf(DataCategory.class).stream()
            .filter(c -> !c.isAlwaysAboutAPerson()).toList();
    private static final List<CollectionMethod> TRANSFERS = EnumSet.allOf(CollectionMethod.class).stream()
            .filter(m -> !m.collectsOnly()).toList();
    private static final List<PurposeKind> EMERGENCIES = EnumSet.allOf(PurposeKind.class).stream()
            .filter(PurposeKind::isEmergency).toList();

    private static RandomGenerator random(long seed) {
        return RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    }

    private static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static <E extends Enum<E>> E pick(RandomGenerator random, Class<E> type) {
        E[] values = type.getEnumConstants();
        return values[random.nextInt(values.length)];
    }

    private static <E extends Enum<E>> Set<E> someOf(RandomGenerator random, List<E> values, int atLeast) {
        List<E> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, Random.from(random));
        int size = atLeast + random.nextInt(Math.min(3, values.size()) - atLeast + 1);
        return Set.copyOf(shuffled.subList(0, size));
    }

    // ---- a generator of projects that keep every rule ----

    static ProjectParts validProject(RandomGenerator random) {
        ProjectBuilder project = aProject().withServices().withStakeholders().withDataAssets().withDataFlows();
        for (DataCategory category : someOf(random, List.of(DataCategory.values()), 0)) {
            project.withAcceptance(category, random.nextInt(101) / 100.0);
        }
        int services = 1 + random.nextInt(3);
        for (int i = 0; i < services; i++) {
            project.withService(aService().withId("service-" + i).withField(pick(random,
                    ServiceField.class)).withBenefit(pick(random, Benefit.class)).build());
        }
        int stakeholders = 1 + random.nextInt(5);
        for (int i = 0; i < stakeholders; i++) {
            project.withStakeholder(aStakeholder().withId("party-" + i).withName("Party " + i)
                    .withCategory(pick(random, StakeholderCategory.class))
                    .withInvolvement(pick(random, Involvement.class))
                    .withImpact(1 + random.nextInt(5)).withUncertainty(1 + random.nextInt(5)).build());
        }
        int assets = 1 + random.nextInt(4);
        List<DataAsset> assetList = new ArrayList<>();
        for (int i = 0; i < assets; i++) {
            DataAsset asset = validAsset(random, "asset-" + i);
            assetList.add(asset);
            project.withDataAsset(asset);
        }
        int flows = random.nextInt(6);
        for (int i = 0; i < flows; i++) {
            project.withDataFlow(validFlow(random, "flow-" + i, pick(random, assetList), stakeholders));
        }
        return project.build();
    }

    private static DataAsset validAsset(RandomGenerator random, String id) {
        DataSubject subject = pick(random, DataSubject.class);
        Set<Safeguard> safeguards = someOf(random, List.of(Safeguard.values()), 0);
        int retention = safeguards.contains(Safeguard.IMMEDIATE_DELETION) ? 0 : random.nextInt(400);
        var asset = anAsset().withId(id).withName("Asset " + id).withRetentionDays(retention)
                .withSafeguards(safeguards.toArray(Safeguard[]::new));
        if (subject == DataSubject.INDIVIDUAL) {
            List<DataCategory> categories = List.copyOf(someOf(random, List.of(DataCategory.values()), 1));
            return asset.withSubject(subject).withIdentifiability(pick(random, Identifiability.class))
                    .withCategories(categories.getFirst(), categories.toArray(DataCategory[]::new))
                    .withSpecialCare(random.nextBoolean())
                    .withSubjectGroups(someOf(random, List.of(SubjectGroup.values()), 0).toArray(SubjectGroup[]::new))
                    .build();
        }
        List<DataCategory> categories = List.copyOf(someOf(random, NON_PERSONAL_CATEGORIES, 1));
        return asset.withSubject(subject).withoutIdentifiability()
                .withCategories(categories.getFirst(), categories.toArray(DataCategory[]::new))
                .build();
    }

    private static DataFlow validFlow(RandomGenerator random, String id, DataAsset asset, int stakeholders) {
        LifecycleStage stage = pick(random, LifecycleStage.class);
        if (stage == LifecycleStage.DISSEMINATION && stakeholders < 2) {
            stage = LifecycleStage.USE;
        }
        CollectionMethod method;
        if (stage == LifecycleStage.COLLECTION) {
            List<CollectionMethod> fitting = EnumSet.allOf(CollectionMethod.class).stream()
                    .filter(m -> m.canYieldAnyOf(asset.categories())).toList();
            method = pick(random, fitting);
        } else {
            method = pick(random, TRANSFERS);
        }
        int from = random.nextInt(stakeholders);
        int to = random.nextInt(stakeholders);
        if (stage == LifecycleStage.DISSEMINATION && from == to) {
            to = (from + 1) % stakeholders;
        }
        LegalBasis basis = pick(random, LegalBasis.class);
        PurposeKind kind = basis == LegalBasis.EMERGENCY ? pick(random, EMERGENCIES) : pick(random, PurposeKind.class);
        return aFlow().withId(id).withAsset(asset.id().value()).atStage(stage)
                .from("party-" + from).to("party-" + to).withMethod(method)
                .withPurpose(new Purpose("purpose of " + id, kind, pick(random, Beneficiary.class)))
                .withLegalBasis(basis)
                .withNotice(someOf(random, List.of(NoticeChannel.values()), 0).toArray(NoticeChannel[]::new))
                .continuous(random.nextBoolean())
                .covert(stage == LifecycleStage.COLLECTION && random.nextBoolean())
                .linksOtherFields(random.nextBoolean())
                .withLessIntrusiveAlternative(random.nextBoolean() ? "ask in person" : null)
                .build();
    }

    // ---- mutations that break exactly the rule they name ----

    /** A change to valid parts, with the path where the rule it breaks must be reported; empty if not applicable. */
    private interface Mutation extends Function<RandomGenerator, Optional<Broken>> {
    }

    private record Broken(String rule, ProjectParts parts, String path) {
    }

    private static List<Mutation> mutationsOf(ProjectParts valid) {
        List<Mutation> mutations = new ArrayList<>();
        int services = valid.services().size();
        int stakeholders = valid.stakeholders().size();
        int assets = valid.dataAssets().size();
        int flows = valid.dataFlows().size();

        mutations.add(r -> Optional.of(new Broken("unique service ids",
                aProjectLike(valid).withService(pick(r, valid.services())).build(), "services[" + services + "].id")));
        mutations.add(r -> Optional.of(new Broken("unique stakeholder ids",
                aProjectLike(valid).withStakeholder(pick(r, valid.stakeholders())).build(),
                "stakeholders[" + stakeholders + "].id")));
        mutations.add(r -> Optional.of(new Broken("unique data asset ids",
                aProjectLike(valid).withDataAsset(pick(r, valid.dataAssets())).build(),
                "dataAssets[" + assets + "].id")));
        mutations.add(r -> flows == 0 ? Optional.empty() : Optional.of(new Broken("unique data flow ids",
                aProjectLike(valid).withDataFlow(pick(r, valid.dataFlows())).build(),
                "dataFlows[" + flows + "].id")));
        mutations.add(r -> Optional.of(new Broken("one acceptance figure per category",
                aProjectLike(valid).withAcceptance(DataCategory.TRANSPORT, 0.1)
                        .withAcceptance(DataCategory.TRANSPORT, 0.9).build(),
                "project.region.acceptance[" + (valid.overview().region().acceptance().stream()
                        .anyMatch(a -> a.dataCategory() == DataCategory.TRANSPORT)
                        ? valid.overview().region().acceptance().size()
                        : valid.overview().region().acceptance().size() + 1) + "].dataCategory")));

        // flows
        mutations.add(flowMutation(valid, "flow names an existing asset", ".asset",
                (r, f) -> Optional.of(aFlowLike(f).withAsset("no-such-asset").build())));
        mutations.add(flowMutation(valid, "flow comes from an existing stakeholder", ".from",
                (r, f) -> Optional.of(aFlowLike(f).from("no-such-party").build())));
        mutations.add(flowMutation(valid, "flow goes to an existing stakeholder", ".to",
                (r, f) -> Optional.of(aFlowLike(f).to("no-such-party").build())));
        mutations.add(flowMutation(valid, "EMERGENCY only for emergencies", ".legalBasis",
                (r, f) -> Optional.of(aFlowLike(f).withLegalBasis(LegalBasis.EMERGENCY)
                        .withPurposeKind(PurposeKind.ADVERTISING).build())));
        mutations.add(flowMutation(valid, "dissemination to another party", ".to",
                (r, f) -> f.method().collectsOnly() ? Optional.empty()
                        : Optional.of(aFlowLike(f).atStage(LifecycleStage.DISSEMINATION).covert(false)
                        .to(f.from().value()).build())));

        // assets
        mutations.add(assetMutation(valid, "personal data states identifiability", ".identifiability",
                (r, a) -> a.isPersonal() ? Optional.of(anAssetLike(a).withoutIdentifiability().build())
                        : Optional.empty()));
        mutations.add(assetMutation(valid, "personal-only categories need INDIVIDUAL", ".subject",
                (r, a) -> a.isPersonal() ? Optional.empty() : Optional.of(anAssetLike(a)
                        .withCategories(pick(r, EnumSet.allOf(DataCategory.class).stream()
                                .filter(DataCategory::isAlwaysAboutAPerson).toList()),
                                a.categories().toArray(DataCategory[]::new)).build())));
        mutations.add(assetMutation(valid, "special care only on personal data", ".specialCare",
                (r, a) -> a.isPersonal() ? Optional.empty()
                        : Optional.of(anAssetLike(a).withSpecialCare(true).build())));
        mutations.add(assetMutation(valid, "subject groups only on personal data", ".subjectGroups",
                (r, a) -> a.isPersonal() ? Optional.empty()
                        : Optional.of(anAssetLike(a).withSubjectGroups(pick(r, SubjectGroup.class)).build())));
        mutations.add(assetMutation(valid, "IMMEDIATE_DELETION keeps nothing", ".retentionDays",
                (r, a) -> Optional.of(anAssetLike(a).withSafeguards(Safeguard.IMMEDIATE_DELETION)
                        .withRetentionDays(1 + r.nextInt(365)).build())));
        return mutations;
    }

    /** Changes that make a valid project unusual but not meaningless: each must be warned about, never refused. */
    private static List<Mutation> odditiesOf(ProjectParts valid) {
        List<Mutation> oddities = new ArrayList<>();
        oddities.add(flowMutation(valid, "sensing method at a later stage", ".method",
                (r, f) -> f.method().collectsOnly() && f.stage() == LifecycleStage.COLLECTION
                        && !f.from().equals(f.to())
                        ? Optional.of(aFlowLike(f).atStage(LifecycleStage.PROCESSING).covert(false).build())
                        : Optional.empty()));
        oddities.add(flowMutation(valid, "sensing method yielding other data", ".method", (r, f) -> {
            DataAsset asset = valid.dataAssets().stream().filter(a -> a.id().equals(f.asset())).findFirst()
                    .orElseThrow();
            List<CollectionMethod> unfit = EnumSet.allOf(CollectionMethod.class).stream()
                    .filter(m -> !m.canYieldAnyOf(asset.categories())).toList();
            return f.stage() != LifecycleStage.COLLECTION || unfit.isEmpty() ? Optional.empty()
                    : Optional.of(aFlowLike(f).withMethod(pick(r, unfit)).build());
        }));
        oddities.add(flowMutation(valid, "covert beyond collection", ".covert",
                (r, f) -> f.stage() == LifecycleStage.COLLECTION ? Optional.empty()
                        : Optional.of(aFlowLike(f).covert(true).build())));
        return oddities;
    }

    private interface FlowChange {
        Optional<DataFlow> apply(RandomGenerator random, DataFlow flow);
    }

    private interface AssetChange {
        Optional<DataAsset> apply(RandomGenerator random, DataAsset asset);
    }

    private static Mutation flowMutation(ProjectParts valid, String rule, String field, FlowChange change) {
        return r -> {
            if (valid.dataFlows().isEmpty()) {
                return Optional.empty();
            }
            int i = r.nextInt(valid.dataFlows().size());
            return change.apply(r, valid.dataFlows().get(i)).map(mutated -> {
                List<DataFlow> flows = new ArrayList<>(valid.dataFlows());
                flows.set(i, mutated);
                return new Broken(rule, aProjectLike(valid).withDataFlows(flows.toArray(DataFlow[]::new)).build(),
                        "dataFlows[" + i + "]" + field);
            });
        };
    }

    private static Mutation assetMutation(ProjectParts valid, String rule, String field, AssetChange change) {
        return r -> {
            int i = r.nextInt(valid.dataAssets().size());
            return change.apply(r, valid.dataAssets().get(i)).map(mutated -> {
                List<DataAsset> assets = new ArrayList<>(valid.dataAssets());
                assets.set(i, mutated);
                return new Broken(rule, aProjectLike(valid).withDataAssets(assets.toArray(DataAsset[]::new)).build(),
                        "dataAssets[" + i + "]" + field);
            });
        };
    }

    // ---- the properties ----

    @Test
    void violations_whenProjectGeneratedWithinTheRules_shouldAlwaysBeEmpty() {
        RandomGenerator random = random(SEED);
        for (int n = 0; n < CASES; n++) {
            ProjectParts parts = validProject(random);
            List<Violation> violations = parts.violations();
            if (!violations.isEmpty()) {
                fail("case " + n + " of seed " + SEED + ": a valid project was reported " + violations + "\n" + parts);
            }
            assertTrue(GovernanceProject.create(parts, Actor.of("property test"), Instant.EPOCH)
                    .isSuccess(), "case " + n + " of seed " + SEED);
        }
    }

    @Test
    void violations_whenOneRuleIsBrokenAtRandom_shouldAlwaysReportItAtItsPath() {
        RandomGenerator random = random(SEED + 1);
        Set<String> rulesExercised = new TreeSet<>();
        int broken = 0;
        for (int n = 0; n < CASES; n++) {
            ProjectParts valid = validProject(random);
            List<Mutation> mutations = mutationsOf(valid);
            Optional<Broken> mutation = pick(random, mutations).apply(random);
            if (mutation.isEmpty()) {
                continue;
            }
            Broken b = mutation.get();
            broken++;
            rulesExercised.add(b.rule());
            Set<String> paths = b.parts().violations().stream().map(Violation::path).collect(Collectors.toSet());
            if (!paths.contains(b.path())) {
                fail("case " + n + " of seed " + (SEED + 1) + ": breaking \"" + b.rule() + "\" should be reported at "
                        + b.path() + ", got " + b.parts().violations() + "\n" + b.parts());
            }
        }
        assertTrue(broken > CASES / 2, "too few mutations applied: " + broken);
        assertEquals(15, rulesExercised.size(), "every kind of mutation should have run: " + rulesExercised);
    }

    @Test
    void warnings_whenOneOddityIsIntroducedAtRandom_shouldWarnAtItsPathAndStayValid() {
        RandomGenerator random = random(SEED + 2);
        Set<String> oddities = new TreeSet<>();
        for (int n = 0; n < CASES; n++) {
            ProjectParts valid = validProject(random);
            assertEquals(List.of(), valid.warnings(), "case " + n + ": a project generated within the rules warns");
            Optional<Broken> mutation = pick(random, odditiesOf(valid)).apply(random);
            if (mutation.isEmpty()) {
                continue;
            }
            Broken b = mutation.get();
            oddities.add(b.rule());
            assertEquals(List.of(), b.parts().violations(), "case " + n + " of seed " + (SEED + 2) + ": \""
                    + b.rule() + "\" is unusual, not invalid\n" + b.parts());
            Set<String> paths = b.parts().warnings().stream().map(Warning::path).collect(Collectors.toSet());
            assertTrue(paths.contains(b.path()), "case " + n + " of seed " + (SEED + 2) + ": \"" + b.rule()
                    + "\" should be warned about at " + b.path() + ", got " + b.parts().warnings());
        }
        assertEquals(3, oddities.size(), "every kind of oddity should have run: " + oddities);
    }

    @Test
    void validProject_whenSameSeed_shouldGenerateTheSameProjects() {
        RandomGenerator first = random(SEED);
        RandomGenerator second = random(SEED);

        for (int n = 0; n < 20; n++) {
            assertEquals(validProject(first), validProject(second));
        }
    }

    @Test
    void validProject_whenGeneratedManyTimes_shouldCoverTheInterestingShapes() {
        RandomGenerator random = random(SEED);
        boolean covert = false;
        boolean emergency = false;
        boolean dissemination = false;
        boolean nonPersonal = false;
        boolean immediateDeletion = false;
        for (int n = 0; n < CASES; n++) {
            ProjectParts parts = validProject(random);
            for (DataFlow f : parts.dataFlows()) {
                covert |= f.covert();
                emergency |= f.legalBasis() == LegalBasis.EMERGENCY;
                dissemination |= f.stage() == LifecycleStage.DISSEMINATION;
            }
            for (DataAsset a : parts.dataAssets()) {
                nonPersonal |= !a.isPersonal();
                immediateDeletion |= a.has(Safeguard.IMMEDIATE_DELETION);
            }
        }
        assertTrue(covert && emergency && dissemination && nonPersonal && immediateDeletion,
                "the generator should reach every rule's edge");
    }
}
