import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.citygov.api.CityGov;
import org.citygov.application.report.Csv;
import org.citygov.domain.assessment.ProjectAssessment;
import org.citygov.domain.assessment.StakeholderAssessment;
import org.citygov.domain.project.ProjectParts;
import org.citygov.domain.risk.RiskLevel;
import org.citygov.domain.shared.Result;
import org.citygov.domain.stakeholder.Rating;
import org.citygov.domain.stakeholder.StakeholderId;

/**
 * A researcher's sweep with the Java API: how the frailty-prevention project's assessment changes as the older
 * residents' impact rating (4.3) goes from 1 to 5, written as one CSV.
 *
 * <pre>
 * java -cp "$(scripts/classpath)" examples/java/FrailtySweep.java [SCENARIO] [OUT.csv]
 * </pre>
 * SCENARIO defaults to examples/kashiwanoha-frailty.json, OUT.csv to standard output.
 */
public class FrailtySweep {

    static final StakeholderId RESIDENTS = StakeholderId.of("older-residents");

    public static void main(String[] args) throws IOException {
        Path scenario = Path.of(args.length > 0 ? args[0] : "examples/kashiwanoha-frailty.json");
        ProjectParts parts = switch (CityGov.read(scenario)) {
            case Result.Success<ProjectParts>(ProjectParts read) -> read;
            case Result.Failure<ProjectParts> failure -> {
                System.err.println(scenario + ": " + failure.violations());
                System.exit(2);
                yield null;
            }
        };
        List<List<?>> rows = new ArrayList<>();
        for (int impact = Rating.MIN; impact <= Rating.MAX; impact++) {
            Rating rating = new Rating(impact);
            ProjectParts varied = parts.withStakeholder(RESIDENTS, s -> s.withImpact(rating));
            ProjectAssessment assessment = switch (CityGov.assess(varied)) {
                case Result.Success<ProjectAssessment>(ProjectAssessment a) -> a;
                case Result.Failure<ProjectAssessment> failure -> throw new IllegalStateException(failure.message());
            };
            StakeholderAssessment residents = assessment.stakeholders().stream()
                    .filter(s -> s.id().equals(RESIDENTS)).findFirst().orElseThrow();
            rows.add(Arrays.asList(impact, residents.score(), residents.importance(), residents.engagement(),
                    residents.engagedAsRecommended(), assessment.approvable(), assessment.risks().size(),
                    assessment.risksAt(RiskLevel.CRITICAL).size(), assessment.risksAt(RiskLevel.HIGH).size()));
        }
        String csv = Csv.table(List.of("impact", "score", "importance", "engagement", "engagedAsRecommended",
                "approvable", "risks", "risksCritical", "risksHigh"), rows);
        if (args.length > 1) {
            Files.writeString(Path.of(args[1]), csv, StandardCharsets.UTF_8);
        } else {
            System.out.print(csv);
        }
    }
}
