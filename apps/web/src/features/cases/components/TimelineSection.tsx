import { Text, Timeline, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { money } from "../../../components/money";
import { OrganisationName } from "../../../components/OrganisationName";
import { RelativeTime } from "../../../components/RelativeTime";
import { intlLocale } from "../../../i18n/languages";
import type { CaseEvent } from "../api/cases";

/** What happened to the case, newest first, in words. */
export function TimelineSection({ events }: { events: CaseEvent[] }) {
  const { t, i18n } = useTranslation();
  const sorted = [...events].reverse().sort((a, b) => b.at.localeCompare(a.at));
  const describe = (e: CaseEvent): string => {
    const d = e.data;
    // a loan or grant started with the money given
    if (e.type === "enrolment_started" && typeof d.amountGiven === "number" && typeof d.currency === "string")
      return t("cases.events.enrolment_started_money", {
        programme: String(d.programmeName ?? ""),
        amount: money(i18n.language, d.amountGiven, d.currency),
      });
    switch (e.type) {
      case "stage_changed":
        return t("cases.events.stage_changed", {
          from: t(`cases.stages.${String(d.from)}`),
          to: t(`cases.stages.${String(d.to)}`),
        });
      case "assessed":
        return d.occasion
          ? t("cases.events.surveyed", { occasion: t(`surveys.occasions.${String(d.occasion)}`) })
          : t("cases.events.assessed", { kind: t(`cases.assessments.kinds.${String(d.kind)}`) });
      case "risk_changed":
        return t("cases.events.risk_changed", { risk: t(`cases.risk.${String(d.riskLevel)}`) });
      case "handed_over":
        return t(d.openItemsReason ? "cases.events.handed_over_open" : "cases.events.handed_over", {
          service: String(d.nationalService ?? ""),
          why: String(d.openItemsReason ?? ""),
        });
      case "closed":
        return t(d.openItemsReason ? "cases.events.closed_open" : "cases.events.closed", {
          reason: t(`cases.close.reasons.${String(d.reason)}`),
          why: String(d.openItemsReason ?? ""),
        });
      case "enrolment_applied":
      case "enrolment_accepted":
      case "enrolment_rejected":
      case "enrolment_waitlisted":
      case "enrolment_started":
      case "enrolment_completed":
      case "enrolment_dropped":
        return t(`cases.events.${e.type}${d.full ? "_full" : d.reason ? "_reason" : ""}`, {
          programme: String(d.programmeName ?? ""),
          reason: String(d.reason ?? ""),
        });
      case "business_plan_saved":
        return t("cases.events.business_plan_saved", { activity: String(d.activity ?? "") });
      case "money_follow_ups_scheduled": {
        const kinds = Array.isArray(d.kinds)
          ? d.kinds.map((k) => t(`cases.followUps.kinds.${String(k)}`))
          : [];
        const count = Number(d.count ?? 0);
        return t("cases.events.money_follow_ups_scheduled", {
          count,
          n: new Intl.NumberFormat(intlLocale(i18n.language)).format(count),
          kinds: new Intl.ListFormat(intlLocale(i18n.language), { type: "conjunction" }).format(kinds),
        });
      }
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
          // isolated, so that "3-month follow-up done" keeps its order in a right-to-left layout
          <Timeline.Item key={e.id} title={<bdi>{describe(e)}</bdi>}>
            <Text size="sm" c="dimmed">
              <OrganisationName id={e.actorOrganisationId} /> · <RelativeTime value={e.at} />
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </section>
  );
}
