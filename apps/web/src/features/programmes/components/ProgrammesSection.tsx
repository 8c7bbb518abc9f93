import { Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { QueryState } from "../../../components/QueryState";
import { intlLocale } from "../../../i18n/languages";
import type { CaseDetail } from "../../cases/api/cases";
import { SectionLink } from "../../cases/components/SectionLink";
import { useEnrolments } from "../hooks/useCaseEnrolments";
import { BusinessPlanSection } from "./BusinessPlanSection";
import { EnrolmentCard } from "./EnrolmentCard";

/** The case's enrolments in programmes and its business plan. */
export function ProgrammesSection({ detail, canWrite }: { detail: CaseDetail; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const enrolments = useEnrolments(detail.id);
  return (
    <Stack gap="xl">
      <section aria-labelledby="enrolments-title">
        <Stack gap="xs">
          <Title order={3} id="enrolments-title">
            {t("cases.enrolments.title")}
          </Title>
          <QueryState query={enrolments}>
            {(page) =>
              page.items.length === 0 ? (
                <Text>
                  {t("cases.enrolments.none")}{" "}
                  {detail.stage !== "closed" && (
                    <SectionLink tab="eligibility">{t("cases.enrolments.toEligibility")}</SectionLink>
                  )}
                </Text>
              ) : (
                <>
                  <Text size="sm" c="dimmed">
                    {t("cases.enrolments.count", {
                      count: page.total,
                      n: new Intl.NumberFormat(intlLocale(i18n.language)).format(page.total),
                    })}
                  </Text>
                  {[...page.items].reverse().map((e) => (
                    <EnrolmentCard key={e.id} enrolment={e} canWrite={canWrite} />
                  ))}
                </>
              )
            }
          </QueryState>
        </Stack>
      </section>
      <BusinessPlanSection detail={detail} canWrite={canWrite} />
    </Stack>
  );
}
