import { Alert, Button, Group, Stack, Tabs, Text } from "@mantine/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { ApiError, newIdempotencyKey } from "../../../api/client";
import { QueryState } from "../../../components/QueryState";
import { can, useMe } from "../../auth/hooks/useMe";
import { fetchPerson, openCase } from "../api/persons";
import { AuditTab } from "./AuditTab";
import { CasesTab } from "./CasesTab";
import { ConsentsTab } from "./ConsentsTab";
import { LinkedRecords } from "./LinkedRecords";
import { MigrationTab } from "./MigrationTab";
import { PersonHeader } from "./PersonHeader";
import { ProfileTab } from "./ProfileTab";
import { SelfRegistrationNotice } from "./SelfRegistrationNotice";

const tabs = ["profile", "migration", "cases", "consents", "audit"] as const;

/** A returnee's record: header, then profile, migration, cases, consents and audit in tabs. */
export function PersonPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const me = useMe();
  const navigate = useNavigate();
  const [openKey] = useState(newIdempotencyKey);
  const open = useMutation({
    mutationFn: () => openCase(id, openKey),
    onSuccess: (c) => navigate(`/cases/${c.id}`),
  });
  const person = useQuery({ queryKey: ["persons", id], queryFn: () => fetchPerson(id) });
  const state = location.state as {
    registered?: boolean;
    duplicates?: number;
    heldElsewhere?: number;
    mergedFrom?: string;
  } | null;
  // a record merged into another answers with the one it lives on as: the address follows
  const movedTo = person.data && person.data.id !== id ? person.data.id : null;
  useEffect(() => {
    if (movedTo) navigate(`/persons/${movedTo}`, { replace: true, state: { mergedFrom: id } });
  }, [movedTo, id, navigate]);
  const tab = tabs.find((x) => x === params.get("tab")) ?? "profile";
  const canChange = can(me.data, "person.update");
  return (
    <QueryState query={person}>
      {(p) => (
        <Stack>
          <PersonHeader person={p} />
          {state?.mergedFrom && (
            <Alert
              variant="outline"
              color="blue"
              styles={{ message: { color: "var(--mantine-color-text)" } }}
            >
              {t("persons.merges.redirected")}
            </Alert>
          )}
          <SelfRegistrationNotice person={p} />
          <LinkedRecords personId={p.id} />
          {state?.registered && (
            <Alert
              variant="outline"
              color="green"
              title={t("persons.justRegistered", {
                name: [p.givenName, p.familyName].filter(Boolean).join(" "),
              })}
              styles={{ title: { color: "var(--mantine-color-text)" } }}
            >
              <Group justify="space-between">
                <span>
                  {state.duplicates
                    ? t("persons.justRegisteredDuplicates", { count: state.duplicates })
                    : t("persons.justRegisteredNext")}
                  {state.heldElsewhere
                    ? ` ${t("persons.duplicates.heldElsewhere", { count: state.heldElsewhere })}`
                    : ""}
                </span>
                <Button onClick={() => open.mutate()} loading={open.isPending}>
                  {t("persons.cases.openCaseStep")}
                </Button>
              </Group>
              {open.isError && (
                <Text role="alert" size="sm" mt="xs" c="red.9">
                  {open.error instanceof ApiError ? open.error.message : t("common.error.network")}
                </Text>
              )}
            </Alert>
          )}
          <Tabs
            value={tab}
            onChange={(v) => setParams(v && v !== "profile" ? { tab: v } : {}, { replace: true })}
            keepMounted={false}
          >
            <Tabs.List>
              {tabs.map((x) => (
                <Tabs.Tab key={x} value={x}>
                  {t(`persons.tab.${x}`)}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            <Tabs.Panel value="profile" pt="md">
              <ProfileTab person={p} />
            </Tabs.Panel>
            <Tabs.Panel value="migration" pt="md">
              <MigrationTab person={p} />
            </Tabs.Panel>
            <Tabs.Panel value="cases" pt="md">
              <CasesTab personId={p.id} />
            </Tabs.Panel>
            <Tabs.Panel value="consents" pt="md">
              <ConsentsTab personId={p.id} canChange={canChange} />
            </Tabs.Panel>
            <Tabs.Panel value="audit" pt="md">
              <AuditTab personId={p.id} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
    </QueryState>
  );
}
