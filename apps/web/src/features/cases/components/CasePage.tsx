import { Alert, Grid, List, Stack, Tabs } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { QueryState } from "../../../components/QueryState";
import { EligibilitySection } from "../../eligibility/components/EligibilitySection";
import { ProgrammesSection } from "../../programmes/components/ProgrammesSection";
import { caseKeys, getCase } from "../api/cases";
import { useCaseTab } from "../hooks/caseTabs";
import { AssessmentsSection } from "./AssessmentsSection";
import { CaseHeader } from "./CaseHeader";
import { CaseReferralsSection } from "./CaseReferralsSection";
import { CloseSection } from "./CloseSection";
import { FollowUpsSection } from "./FollowUpsSection";
import { PlanEditor } from "./PlanEditor";
import { TimelineSection } from "./TimelineSection";

export function CasePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const query = useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => getCase(id),
    retry: (n, e) => e instanceof ApiError && e.retryable && n < 2,
  });
  // the server says what the caller may do on the case now; the closure stays readable once done
  const showsClosure = (c: { can: string[]; stage: string }) =>
    c.can.includes("close") || c.can.includes("hand_over") || c.stage === "closed";
  const [tab, setTab] = useCaseTab((x) => x !== "close" || (query.data ? showsClosure(query.data) : false));
  return (
    <QueryState query={query}>
      {(c) => {
        const canWrite = c.can.length > 0;
        return (
          <Stack>
            <CaseHeader detail={c} />
            {c.flagsAwaitingReferral.length > 0 && (
              <Alert color="red" variant="light" title={t("cases.flags.title")}>
                <List>
                  {c.flagsAwaitingReferral.map((f) => (
                    <List.Item key={f.code}>
                      {t(`cases.flags.codes.${f.code}`, { defaultValue: f.label })} —{" "}
                      {f.categories.map((cat) => t(`cases.categories.${cat}`)).join(", ")}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            {!canWrite && c.stage !== "closed" && (
              <Alert color="blue" variant="light">
                {t("cases.readOnly")}
              </Alert>
            )}
            <Tabs
              id="case-sections"
              orientation="vertical"
              value={tab}
              onChange={setTab}
              keepMounted={false}
              variant="pills"
            >
              <Grid w="100%">
                <Grid.Col span={{ base: 12, sm: 3 }}>
                  <Tabs.List aria-label={t("cases.sections.label")}>
                    <Tabs.Tab value="timeline">{t("cases.sections.timeline")}</Tabs.Tab>
                    <Tabs.Tab value="assessments">{t("cases.sections.assessments")}</Tabs.Tab>
                    <Tabs.Tab value="eligibility">{t("cases.sections.eligibility")}</Tabs.Tab>
                    <Tabs.Tab value="plan">{t("cases.sections.plan")}</Tabs.Tab>
                    <Tabs.Tab value="referrals">{t("cases.sections.referrals")}</Tabs.Tab>
                    <Tabs.Tab value="programmes">{t("cases.sections.programmes")}</Tabs.Tab>
                    <Tabs.Tab value="followUps">{t("cases.sections.followUps")}</Tabs.Tab>
                    {showsClosure(c) && <Tabs.Tab value="close">{t("cases.sections.close")}</Tabs.Tab>}
                  </Tabs.List>
                </Grid.Col>
                <Grid.Col span={{ base: 12, sm: 9 }}>
                  <Tabs.Panel value="timeline">
                    <TimelineSection events={c.events} />
                  </Tabs.Panel>
                  <Tabs.Panel value="assessments">
                    <AssessmentsSection caseId={c.id} canWrite={canWrite} />
                  </Tabs.Panel>
                  <Tabs.Panel value="eligibility">
                    <EligibilitySection detail={c} canWrite={canWrite} />
                  </Tabs.Panel>
                  <Tabs.Panel value="plan">
                    <PlanEditor detail={c} canWrite={canWrite} />
                  </Tabs.Panel>
                  <Tabs.Panel value="referrals">
                    <CaseReferralsSection detail={c} canRefer={canWrite} />
                  </Tabs.Panel>
                  <Tabs.Panel value="programmes">
                    <ProgrammesSection detail={c} canWrite={canWrite} />
                  </Tabs.Panel>
                  <Tabs.Panel value="followUps">
                    <FollowUpsSection caseId={c.id} canWrite={canWrite} />
                  </Tabs.Panel>
                  {showsClosure(c) && (
                    <Tabs.Panel value="close">
                      <CloseSection detail={c} />
                    </Tabs.Panel>
                  )}
                </Grid.Col>
              </Grid>
            </Tabs>
          </Stack>
        );
      }}
    </QueryState>
  );
}
