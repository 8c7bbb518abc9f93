import { Button, Stack, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { ApiError } from "../../../api/client";
import { SectionLink } from "../../cases/components/SectionLink";
import { useCaseChange } from "../../cases/hooks/useInvalidateCase";
import { applyForProgramme } from "../../programmes/api/caseEnrolments";
import type { Enrolment } from "../../programmes/api/programmes";
import { EnrolmentStatusBadge } from "../../programmes/components/EnrolmentStatusBadge";
import { closedEnrolmentStatuses, coachingKinds, financeKinds } from "../api/eligibility";
import { ApplyFinanceDialog } from "./ApplyFinanceDialog";

export interface ApplyTarget {
  id: string;
  name: string;
  kind: string;
}

/**
 * Applying for a programme from the case. One click for most; a loan or grant first needs a business plan and
 * an open business-training or mentoring enrolment, which the dialog asks for. An open enrolment shows its
 * status instead.
 */
export function ApplyButton({
  caseId,
  programme,
  enrolments,
  hasBusinessPlan,
}: {
  caseId: string;
  programme: ApplyTarget;
  enrolments: Enrolment[];
  hasBusinessPlan: boolean;
}) {
  const { t } = useTranslation();
  const [financeOpen, setFinanceOpen] = useState(false);
  const apply = useCaseChange(caseId, () => applyForProgramme(caseId, { programmeId: programme.id }));
  const open = enrolments.find(
    (e) => e.programmeId === programme.id && !closedEnrolmentStatuses.includes(e.status),
  );
  if (open)
    return (
      <Text size="sm" span>
        {t("cases.enrolments.current")} <EnrolmentStatusBadge status={open.status} />
      </Text>
    );
  const finance = financeKinds.includes(programme.kind);
  const coaching = enrolments.filter(
    (e) => coachingKinds.includes(e.programmeKind) && !["rejected", "dropped"].includes(e.status),
  );
  if (finance && !hasBusinessPlan)
    return (
      <Text size="sm">
        {t("cases.apply.needsBusinessPlan")}{" "}
        <SectionLink tab="programmes">{t("cases.apply.writeBusinessPlan")}</SectionLink>
      </Text>
    );
  if (finance && coaching.length === 0) return <Text size="sm">{t("cases.apply.needsCoaching")}</Text>;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        size="xs"
        onClick={() => (finance ? setFinanceOpen(true) : apply.mutate())}
        loading={apply.isPending}
        aria-label={t("cases.apply.applyFor", { name: programme.name })}
      >
        {t("cases.apply.apply")}
      </Button>
      {apply.error && (
        <Text size="sm" c="red.9" role="alert">
          {apply.error instanceof ApiError ? apply.error.message : t("common.error.network")}
        </Text>
      )}
      {finance && (
        <ApplyFinanceDialog
          opened={financeOpen}
          onClose={() => setFinanceOpen(false)}
          caseId={caseId}
          programme={programme}
          coaching={coaching}
        />
      )}
    </Stack>
  );
}
