import { Button } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { CaseDetail } from "../../cases/api/cases";
import { useInvalidateCase } from "../../cases/hooks/useInvalidateCase";
import { ReferDialog } from "../../referrals/components/ReferDialog";

/** Refer the returnee to a recommended service: the refer dialog opens with that service chosen. */
export function ReferOfferButton({
  detail,
  service,
}: {
  detail: CaseDetail;
  service: { id: string; name: string };
}) {
  const { t } = useTranslation();
  const invalidateCase = useInvalidateCase(detail.id);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="xs"
        variant="outline"
        onClick={() => setOpen(true)}
        aria-label={t("cases.recommendations.referTo", { name: service.name })}
      >
        {t("cases.recommendations.refer")}
      </Button>
      <ReferDialog
        opened={open}
        onClose={() => {
          setOpen(false);
          void invalidateCase();
        }}
        caseId={detail.id}
        personId={detail.personId}
        adminAreaCode={detail.person.adminAreaCode}
        serviceId={service.id}
      />
    </>
  );
}
