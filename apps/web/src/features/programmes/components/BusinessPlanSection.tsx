import { Stack, Text, Title } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { searchIsic } from "../../../api/reference";
import { ErrorState } from "../../../components/ErrorState";
import { Loading } from "../../../components/Loading";
import { sectorLabel } from "../../../components/referenceOptions";
import type { CaseDetail } from "../../cases/api/cases";
import { currencyOfArea } from "../../cases/hooks/currency";
import { useBusinessPlan } from "../hooks/useCaseEnrolments";
import { BusinessPlanForm, sectorLabelKey } from "./BusinessPlanForm";

/** The case's business plan: what a loan or grant is asked for; written and changed here. */
export function BusinessPlanSection({ detail, canWrite }: { detail: CaseDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const plan = useBusinessPlan(detail.id);
  const code = plan.data?.sectorIsic ?? "";
  const label = useQuery({
    queryKey: sectorLabelKey(code),
    queryFn: async () => {
      const entry = (await searchIsic(code)).items.find((e) => e.code === code);
      return entry ? sectorLabel(entry) : code;
    },
    enabled: Boolean(code),
    staleTime: Number.POSITIVE_INFINITY,
  });
  // the form mounts once what it starts from is known, and then keeps what is typed through every refetch
  const body = () => {
    if (plan.data === undefined)
      return plan.isError ? (
        <ErrorState error={plan.error} onRetry={() => void plan.refetch()} />
      ) : (
        <Loading />
      );
    if (code && label.data === undefined && !label.isError) return <Loading />;
    if (plan.data === null && !canWrite) return <Text>{t("cases.businessPlan.noneReadOnly")}</Text>;
    return (
      <BusinessPlanForm
        key={detail.id}
        caseId={detail.id}
        plan={plan.data}
        sectorName={label.data ?? code}
        defaultCurrency={currencyOfArea(detail.person.adminAreaCode)}
        canWrite={canWrite}
      />
    );
  };
  return (
    <section aria-labelledby="business-plan-title">
      <Stack gap="xs">
        <Title order={3} id="business-plan-title">
          {t("cases.businessPlan.title")}
        </Title>
        {plan.data === null && canWrite && <Text size="sm">{t("cases.businessPlan.none")}</Text>}
        {body()}
      </Stack>
    </section>
  );
}
