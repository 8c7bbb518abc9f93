import { Stack, Tabs, Title } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { ApiError } from "../../../api/client";
import { ErrorState } from "../../../components/ErrorState";
import { can, useMe } from "../../auth/hooks/useMe";
import { SurveyPanel } from "../../surveys/components/SurveyPanel";
import { OrganisationsPanel } from "./OrganisationsPanel";
import { UsersPanel } from "./UsersPanel";

const tabs = ["organisations", "users", "survey"] as const;

/** Administration: organisations and their users, and the sustainability survey. */
export function AdminPage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const [params, setParams] = useSearchParams();
  const tab = tabs.find((x) => x === params.get("tab")) ?? "organisations";
  if (!can(me, "organisation.create"))
    return <ErrorState error={new ApiError(403, "forbidden", t("admin.onlyAdmins"))} />;
  return (
    <Stack>
      <Title order={2}>{t("admin.title")}</Title>
      {/* one panel at a time: each keeps its search, order and page in the address, which a tab change clears */}
      <Tabs
        value={tab}
        keepMounted={false}
        onChange={(v) => setParams(v && v !== "organisations" ? { tab: v } : {}, { replace: true })}
      >
        <Tabs.List>
          <Tabs.Tab value="organisations">{t("admin.organisations")}</Tabs.Tab>
          <Tabs.Tab value="users">{t("admin.users")}</Tabs.Tab>
          {can(me, "survey.edit") && <Tabs.Tab value="survey">{t("admin.survey")}</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="organisations" pt="md">
          <OrganisationsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="users" pt="md">
          <UsersPanel />
        </Tabs.Panel>
        <Tabs.Panel value="survey" pt="md">
          <SurveyPanel />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
