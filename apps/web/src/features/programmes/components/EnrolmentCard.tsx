import { Button, Card, Collapse, Group, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { useTranslation } from "react-i18next";
import { DateText } from "../../../components/DateText";
import { money } from "../../../components/money";
import { intlLocale } from "../../../i18n/languages";
import { ConditionList } from "../../rules/components/ConditionList";
import { VerdictBadge } from "../../rules/components/VerdictBadge";
import type { Enrolment } from "../api/programmes";
import { DropEnrolmentDialog } from "./DropEnrolmentDialog";
import { EnrolmentStatusBadge } from "./EnrolmentStatusBadge";

/** One enrolment: where it stands, the verdict and rule version it was applied under, and dropping it. */
export function EnrolmentCard({ enrolment: e, canWrite }: { enrolment: Enrolment; canWrite: boolean }) {
  const { t, i18n } = useTranslation();
  const [showConditions, conditions] = useDisclosure(false);
  const [dropping, drop] = useDisclosure(false);
  const conditionsId = `enrolment-${e.id}-conditions`;
  return (
    <Card withBorder padding="sm" data-testid="enrolment-card">
      <Group justify="space-between" align="start" wrap="nowrap">
        <div>
          <Title order={4} size="h5" id={`enrolment-${e.id}-title`}>
            {e.programmeName}
          </Title>
          <Text size="sm" c="dimmed">
            {t(`cases.programmeKinds.${e.programmeKind}`, { defaultValue: e.programmeKind })} ·{" "}
            {t("cases.enrolments.appliedOn")} <DateText value={e.createdAt} />
          </Text>
        </div>
        <EnrolmentStatusBadge status={e.status} />
      </Group>
      <Stack gap={4} mt="xs">
        <Group gap="xs">
          <Text size="sm">
            {t("cases.enrolments.verdictAtApplication", {
              version: new Intl.NumberFormat(intlLocale(i18n.language)).format(e.ruleVersion),
            })}
          </Text>
          <VerdictBadge verdict={e.verdict.verdict} />
          <Button
            variant="default"
            size="compact-sm"
            onClick={conditions.toggle}
            aria-expanded={showConditions}
            aria-controls={conditionsId}
          >
            {showConditions ? t("cases.enrolments.hideConditions") : t("cases.enrolments.showConditions")}
          </Button>
        </Group>
        <Collapse expanded={showConditions} id={conditionsId}>
          <ConditionList conditions={e.verdict.conditions} anyOf={e.verdict.anyOf} />
        </Collapse>
        {e.note && (
          <Text size="sm">
            {t("cases.enrolments.note")}: {e.note}
          </Text>
        )}
        {e.amountGiven !== null && e.currency && (
          <Text size="sm">
            {t("cases.enrolments.amountGiven", { amount: money(i18n.language, e.amountGiven, e.currency) })}
          </Text>
        )}
        {e.reason && (
          <Text size="sm">
            {t("cases.enrolments.reasonGiven")}: {e.reason}
          </Text>
        )}
      </Stack>
      {canWrite && e.moves.includes("drop") && (
        <Group mt="xs">
          <Button
            variant="outline"
            color="red"
            size="xs"
            onClick={drop.open}
            aria-label={t("cases.enrolments.dropFrom", { name: e.programmeName })}
          >
            {t("cases.enrolments.drop")}
          </Button>
          <DropEnrolmentDialog opened={dropping} onClose={drop.close} enrolment={e} />
        </Group>
      )}
    </Card>
  );
}
