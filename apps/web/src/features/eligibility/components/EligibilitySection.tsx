import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import { QueryState } from "../../../components/QueryState";
import { RelativeTime } from "../../../components/RelativeTime";
import { intlLocale } from "../../../i18n/languages";
import type { CaseDetail } from "../../cases/api/cases";
import { SectionLink } from "../../cases/components/SectionLink";
import { useBusinessPlan, useEnrolments } from "../../programmes/hooks/useCaseEnrolments";
import type { ProgrammeVerdict, RankedOffer, Verdict } from "../api/eligibility";
import { useEligibility } from "../hooks/useEligibility";
import { ApplyButton } from "./ApplyButton";
import { ProgrammesElsewhere } from "./ProgrammesElsewhere";
import { ProgrammeVerdictCard } from "./ProgrammeVerdictCard";
import { RecommendationList } from "./RecommendationList";
import { ReferOfferButton } from "./ReferOfferButton";
import { ServiceVerdicts } from "./ServiceVerdicts";

const verdictOrder: Record<Verdict, number> = { eligible: 0, unknown: 1, not_eligible: 2 };
const byVerdict = (a: ProgrammeVerdict, b: ProgrammeVerdict) =>
  verdictOrder[a.verdict] - verdictOrder[b.verdict] || a.name.localeCompare(b.name);

/**
 * What the returnee may get: the offers recommended for each assessed need with one-click actions, then every
 * programme's verdict with its reasons, then the services' verdicts.
 */
export function EligibilitySection({ detail, canWrite }: { detail: CaseDetail; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const fmt = new Intl.NumberFormat(intlLocale(i18n.language));
  const eligibility = useEligibility(detail.id);
  const enrolments = useEnrolments(detail.id);
  const businessPlan = useBusinessPlan(detail.id);
  const applying = canWrite && enrolments.data !== undefined && businessPlan.data !== undefined;

  const apply = (p: { id: string; name: string; kind: string; verdict: Verdict }) =>
    applying && p.verdict !== "not_eligible" ? (
      <ApplyButton
        caseId={detail.id}
        programme={p}
        enrolments={enrolments.data!.items}
        hasBusinessPlan={businessPlan.data !== null}
      />
    ) : null;

  return (
    <Stack>
      <Title order={3}>{t("cases.sections.eligibility")}</Title>
      {enrolments.isError && (
        <ErrorState error={enrolments.error} onRetry={() => void enrolments.refetch()} />
      )}
      {businessPlan.isError && (
        <ErrorState error={businessPlan.error} onRetry={() => void businessPlan.refetch()} />
      )}
      <QueryState query={eligibility}>
        {(e) => {
          const kinds = new Map(e.programmes.map((p) => [p.id, p.kind]));
          const offerActions = (o: RankedOffer) => {
            if (!canWrite) return null;
            if (o.type === "service") return <ReferOfferButton detail={detail} service={o} />;
            return apply({ ...o, kind: kinds.get(o.id) ?? "" });
          };
          const reaching = e.programmes.filter((p) => p.reachesReturnee).sort(byVerdict);
          const elsewhere = e.programmes.filter((p) => !p.reachesReturnee).sort(byVerdict);
          return (
            <>
              <Text size="sm" c="dimmed">
                {t("cases.eligibility.evaluated")} <RelativeTime value={e.evaluatedAt} />
              </Text>
              <section aria-labelledby="recommendations-title">
                <Title order={4} id="recommendations-title" mb="xs">
                  {t("cases.recommendations.title")}
                </Title>
                {e.recommendations.length === 0 ? (
                  <Text size="sm">
                    {t("cases.recommendations.none")}{" "}
                    <SectionLink tab="assessments">{t("cases.recommendations.assess")}</SectionLink>
                  </Text>
                ) : (
                  <RecommendationList
                    recommendations={e.recommendations}
                    headingOrder={5}
                    actions={offerActions}
                  />
                )}
              </section>
              <section aria-labelledby="programme-verdicts-title">
                <Title order={4} id="programme-verdicts-title" mb="xs">
                  {t("cases.eligibility.programmes", { n: fmt.format(reaching.length) })}
                </Title>
                <Stack gap="xs">
                  {reaching.length === 0 && <Text size="sm">{t("cases.eligibility.noProgrammes")}</Text>}
                  {reaching.map((p) => (
                    <ProgrammeVerdictCard key={p.id} programme={p} action={apply(p)} />
                  ))}
                </Stack>
              </section>
              {elsewhere.length > 0 && <ProgrammesElsewhere programmes={elsewhere} />}
              <ServiceVerdicts services={e.services} />
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
