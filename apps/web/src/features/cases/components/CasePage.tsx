import { Alert, Grid, List, Stack, Tabs } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { QueryState } from "../../../components/QueryState";
import { hasRole, useMe } from "../../auth/hooks/useMe";
import { caseKeys, getCase } from "../api/cases";
import { useCaseTab } from "../hooks/caseTabs";
import { AssessmentsSection } from "./AssessmentsSection";
import { CaseHeader } from "./CaseHeader";
import { CaseReferralsSection } from "./CaseReferralsSection";
import { CloseSection } from "./CloseSection";
import { EligibilitySection } from "./EligibilitySection";
import { FollowUpsSection } from "./FollowUpsSection";
import { PlanEditor } from "./PlanEditor";
import { ProgrammesSection } from "./ProgrammesSection";
import { TimelineSection } from "./TimelineSection";

export function CasePage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const me = useMe().data;
  const query = useQuery({
    queryKey: caseKeys.detail(id),
    queryFn: () => getCase(id),
    retry: (n, e) => e instanceof ApiError && e.retryable && n < 2,
  });
  const isLead = (leadOrganisationId: string) =>
    me?.organisation.id === leadOrganisationId && hasRole(me, "case_manager", "counsellor");
  const [tab, setTab] = useCaseTab(
    (x) => x !== "close" || (query.data ? isLead(query.data.leadOrganisationId) : false),
  );
  return (
    <QueryState query={query}>
      {(c) => {
        const lead = isLead(c.leadOrganisationId);
        const canWrite = lead && c.stage !== "closed";
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
            {!lead && (
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
                    {lead && <Tabs.Tab value="close">{t("cases.sections.close")}</Tabs.Tab>}
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
                  {lead && (
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
