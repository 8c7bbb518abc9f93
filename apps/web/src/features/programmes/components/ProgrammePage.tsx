import { Anchor, Badge, Group, Stack, Tabs, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams, useSearchParams } from "react-router";
import { ActiveBadge } from "../../../components/ActiveBadge";
import { QueryState } from "../../../components/QueryState";
import { can, useMe } from "../../auth/hooks/useMe";
import { getProgramme, programmeKeys } from "../api/programmes";
import { EnrolmentsPanel } from "./EnrolmentsPanel";
import { ProgrammeForm } from "./ProgrammeForm";
import { ProgrammeSummary } from "./ProgrammeSummary";
import { RuleVersionsPanel } from "./RuleVersionsPanel";

const tabs = ["details", "versions", "enrolments"] as const;
type Tab = (typeof tabs)[number];

/** One programme: its fields and rule (administrators edit them), the rule's versions, and its enrolments. */
export function ProgrammePage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const me = useMe().data;
  const qc = useQueryClient();
  const [params, setParams] = useSearchParams();
  const [reloads, setReloads] = useState(0);
  const programme = useQuery({ queryKey: programmeKeys.one(id), queryFn: () => getProgramme(id) });
  const asked = params.get("tab") as Tab | null;
  const isAdmin = can(me, "programme.update");
  return (
    <Stack>
      <Anchor component={Link} to="/programmes" size="sm">
        {t("programmes.back")}
      </Anchor>
      <QueryState query={programme}>
        {(p) => {
          const seesEnrolments = isAdmin || me?.organisation.id === p.ownerOrganisationId;
          const tab: Tab =
            asked && tabs.includes(asked) && (asked !== "enrolments" || seesEnrolments) ? asked : "details";
          return (
            <>
              <Stack gap={4}>
                <Title order={2}>{p.name}</Title>
                <Group gap="xs">
                  <Badge variant="filled" color="dark">
                    {t(`programmes.kind.${p.kind}`, { defaultValue: p.kind })}
                  </Badge>
                  <ActiveBadge active={p.active} />
                  <Text size="sm">{p.ownerOrganisationName}</Text>
                  <Text size="sm" c="dimmed">
                    · {t("programmes.ruleVersion", { n: p.ruleVersion })}
                  </Text>
                </Group>
              </Stack>
              <Tabs
                value={tab}
                keepMounted={false}
                onChange={(v) => {
                  const next = new URLSearchParams(params);
                  if (v && v !== "details") next.set("tab", v);
                  else next.delete("tab");
                  next.delete("status");
                  next.delete("offset");
                  setParams(next, { replace: true });
                }}
              >
                <Tabs.List>
                  <Tabs.Tab value="details">{t("programmes.tab.details")}</Tabs.Tab>
                  <Tabs.Tab value="versions">{t("programmes.tab.versions")}</Tabs.Tab>
                  {seesEnrolments && <Tabs.Tab value="enrolments">{t("programmes.tab.enrolments")}</Tabs.Tab>}
                </Tabs.List>
                {/* the form stays mounted so that a look at another tab loses nothing typed */}
                <Tabs.Panel value="details" pt="md" keepMounted>
                  {isAdmin ? (
                    <ProgrammeForm
                      key={reloads}
                      programme={p}
                      onSaved={(saved, ruleChanged) => {
                        qc.setQueryData(programmeKeys.one(id), saved);
                        void qc.invalidateQueries({ queryKey: programmeKeys.all });
                        notifications.show({
                          message: ruleChanged
                            ? t("programmes.form.savedNewVersion", { n: saved.ruleVersion })
                            : t("programmes.form.saved"),
                          closeButtonProps: { "aria-label": t("programmes.form.closeNotice") },
                        });
                      }}
                      onReload={() =>
                        void programme.refetch().then(() => {
                          void qc.invalidateQueries({ queryKey: programmeKeys.versions(id) });
                          setReloads((n) => n + 1);
                        })
                      }
                    />
                  ) : (
                    <ProgrammeSummary programme={p} />
                  )}
                </Tabs.Panel>
                <Tabs.Panel value="versions" pt="md">
                  <RuleVersionsPanel programme={p} />
                </Tabs.Panel>
                {seesEnrolments && (
                  <Tabs.Panel value="enrolments" pt="md">
                    <EnrolmentsPanel programme={p} />
                  </Tabs.Panel>
                )}
              </Tabs>
            </>
          );
        }}
      </QueryState>
    </Stack>
  );
}
