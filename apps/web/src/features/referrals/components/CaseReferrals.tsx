import { Button, Group, Stack, Text, Title } from "@mantine/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Pager } from "../../../components/Pager";
import { QueryState } from "../../../components/QueryState";
import { listReferrals } from "../api/referrals";
import { ReferDialog } from "./ReferDialog";
import { ReferralCard } from "./ReferralCard";

const limit = 10;

/** A case's referrals as cards, and the way to refer it to a service. */
export function CaseReferrals({
  caseId,
  personId,
  adminAreaCode,
  canRefer,
}: {
  caseId: string;
  personId: string;
  adminAreaCode: string;
  canRefer: boolean;
}) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const [open, setOpen] = useState(false);
  const filter = { caseId, limit, offset };
  const referrals = useQuery({
    queryKey: ["referrals", "case", filter],
    queryFn: () => listReferrals(filter),
    placeholderData: keepPreviousData,
  });
  return (
    <section aria-labelledby="case-referrals-title">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4" id="case-referrals-title">
          {t("referrals.case.title")}
        </Title>
        {canRefer && <Button onClick={() => setOpen(true)}>{t("referrals.case.refer")}</Button>}
      </Group>
      <QueryState query={referrals}>
        {(page) => (
          <Stack gap="sm">
            {page.items.length === 0 && <Text c="dimmed">{t("referrals.case.none")}</Text>}
            {page.items.map((r) => (
              <ReferralCard key={r.id} referral={r} />
            ))}
            {page.total > limit && (
              <Pager total={page.total} limit={limit} offset={offset} onChange={setOffset} />
            )}
          </Stack>
        )}
      </QueryState>
      {canRefer && (
        <ReferDialog
          opened={open}
          onClose={() => setOpen(false)}
          caseId={caseId}
          personId={personId}
          adminAreaCode={adminAreaCode}
        />
      )}
    </section>
  );
}
