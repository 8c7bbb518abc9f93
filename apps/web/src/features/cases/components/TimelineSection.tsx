import { Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import type { CaseEvent } from "../api/cases";
import { OrganisationName } from "./OrganisationName";
import { RelativeTime } from "./RelativeTime";

/** What happened to the case, newest first, in words. */
export function TimelineSection({ events }: { events: CaseEvent[] }) {
  const { t } = useTranslation();
  const sorted = [...events].reverse().sort((a, b) => b.at.localeCompare(a.at));
  const describe = (e: CaseEvent): string => {
    const d = e.data;
    switch (e.type) {
      case "stage_changed":
        return t("cases.events.stage_changed", {
          from: t(`cases.stages.${String(d.from)}`),
          to: t(`cases.stages.${String(d.to)}`),
        });
      case "assessed":
        return t("cases.events.assessed", { kind: t(`cases.assessments.kinds.${String(d.kind)}`) });
      case "risk_changed":
        return t("cases.events.risk_changed", { risk: t(`cases.risk.${String(d.riskLevel)}`) });
      case "handed_over":
        return t("cases.events.handed_over", { service: String(d.nationalService ?? "") });
      case "closed":
        return t("cases.events.closed", { reason: t(`cases.close.reasons.${String(d.reason)}`) });
      case "follow_up_done":
        return t(d.reached ? "cases.events.follow_up_reached" : "cases.events.follow_up_not_reached", {
          kind: t(`cases.followUps.kinds.${String(d.kind)}`),
        });
      default:
        return t(`cases.events.${e.type}`, { defaultValue: t("cases.events.other") });
    }
  };
  return (
    <section aria-labelledby="timeline-title">
      <Title order={3} id="timeline-title" mb="sm">
        {t("cases.sections.timeline")}
      </Title>
      <Timeline bulletSize={14} lineWidth={2}>
        {sorted.map((e) => (
          <Timeline.Item key={e.id} title={describe(e)}>
            <Text size="sm" c="dimmed">
              <OrganisationName id={e.actorOrganisationId} /> · <RelativeTime value={e.at} />
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
