import { Alert, Stack, Text, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/DateText";
import type { CaseDetail } from "../api/cases";
import { CloseForm } from "./CloseForm";
import { HandOverForm } from "./HandOverForm";

/** Handing the case over to a national service, and closing it with a reason (lead organisation only). */
export function CloseSection({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  if (detail.stage === "closed")
    return (
      <Alert color="gray" title={t("cases.close.closedTitle")}>
        <Text>
          {t("cases.close.closedOn")} {detail.closedAt && <DateText value={detail.closedAt} />} —{" "}
          {t(`cases.close.reasons.${detail.closureReason}`)}
          {detail.closureNote ? ` — ${detail.closureNote}` : ""}
        </Text>
      </Alert>
    );
  return (
    <Stack gap="xl">
      <section aria-labelledby="handover-title">
        <Title order={3} id="handover-title" mb="sm">
          {t("cases.handOver.title")}
        </Title>
        {detail.stage === "handed_over" ? (
          <Text>
            {t("cases.handOver.done", { to: detail.handedOverTo ?? "" })}{" "}
            {detail.handedOverAt && <DateText value={detail.handedOverAt} />}
          </Text>
        ) : (
          <HandOverForm detail={detail} />
        )}
      </section>
      <section aria-labelledby="close-title">
        <Title order={3} id="close-title" mb="sm">
          {t("cases.close.title")}
        </Title>
        <CloseForm detail={detail} />
      </section>
    </Stack>
  );
}
