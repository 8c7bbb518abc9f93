import { Button, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ErrorState } from "../../../components/ErrorState";
import type { CaseDetail } from "../../cases/api/cases";
import { SectionLink } from "../../cases/components/SectionLink";
import type { RankedOffer, Recommendation } from "../api/eligibility";
import { useEligibility } from "../hooks/useEligibility";
import { RecommendationList } from "./RecommendationList";
import { ReferOfferButton } from "./ReferOfferButton";

const shown = 3;

/** The best offers for each assessed need, each one click away from the plan (and, for a service, a referral). */
export function PlanRecommendations({
  detail,
  inPlan,
  onAdd,
}: {
  detail: CaseDetail;
  inPlan: (offer: RankedOffer) => boolean;
  onAdd: (offer: RankedOffer, need: Recommendation) => void;
}) {
  const { t } = useTranslation();
  const eligibility = useEligibility(detail.id);
  if (eligibility.isError)
    return <ErrorState error={eligibility.error} onRetry={() => void eligibility.refetch()} />;
  const recommendations = eligibility.data?.recommendations ?? [];
  if (recommendations.length === 0) return null;
  return (
    <section aria-labelledby="plan-recommendations-title">
      <Stack gap="xs">
        <Title order={4} id="plan-recommendations-title">
          {t("cases.recommendations.title")}
        </Title>
        <Text size="sm" c="dimmed">
          {t("cases.recommendations.planHint")}{" "}
          <SectionLink tab="eligibility">{t("cases.recommendations.allInEligibility")}</SectionLink>
        </Text>
        <RecommendationList
          recommendations={recommendations}
          limit={shown}
          headingOrder={5}
          actions={(o, need) => (
            <>
              {inPlan(o) ? (
                <Button size="xs" variant="default" disabled>
                  {t("cases.recommendations.inPlan")}
                </Button>
              ) : (
                <Button
                  size="xs"
                  onClick={() => onAdd(o, need)}
                  aria-label={t("cases.recommendations.addToPlanNamed", { name: o.name })}
                >
                  {t("cases.recommendations.addToPlan")}
                </Button>
              )}
              {o.type === "service" && <ReferOfferButton detail={detail} service={o} />}
            </>
          )}
        />
      </Stack>
    </section>
  );
}
