// A strict TypeScript program over the types openapi-typescript generates from the served API document: it compiles
// only if an assessment's parts are typed (rules.approvable a boolean, a risk's level one of the four levels).
import type { components } from "./generated/citygov";

type Assessment = components["schemas"]["Assessment"];
type RiskLevel = "LOW" | "MEDIUM" | "HIGH" | "CRITICAL";

export function summary(assessment: Assessment): string {
  const approvable: boolean | undefined = assessment.rules?.approvable;
  const levels: RiskLevel[] = assessment.risks.map((risk) => risk.level);
  const critical = assessment.risks.filter((risk) => risk.level === "CRITICAL").map((risk) => risk.id);
  const laws: string[] = assessment.laws.map((law) => law.id);
  const verdicts = assessment.legalTests.map((test) => test.verdict);
  return `${assessment.project}: ${levels.length} risks (${critical.join(", ")} critical), laws ${laws.join(", ")},`
    + ` verdicts ${verdicts.join(", ")}, rules ${approvable === undefined ? "none" : approvable ? "approvable" : "not approvable"}`;
}
