import { Anchor, Stack, Title } from "@mantine/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { can, useMe } from "../../auth/hooks/useMe";
import { createService, type ServiceInput } from "../api/directory";
import { emptyService, ServiceForm } from "./ServiceForm";

/** Add a service to the directory (administrators, or a provider for its own organisation). */
export function NewServicePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (input: ServiceInput) => createService(input),
    onSuccess: (s) => {
      void qc.invalidateQueries({ queryKey: ["services"] });
      navigate(`/directory/${s.id}`);
    },
  });
  const isAdmin = can(me, "organisation.create");
  return (
    <Stack>
      <Anchor component={Link} to="/directory" size="sm">
        {t("directory.back")}
      </Anchor>
      <Title order={2}>{t("directory.create")}</Title>
      <ServiceForm
        initial={emptyService(isAdmin ? "" : (me?.organisation.id ?? ""))}
        isNew
        onSave={(input) => create.mutate(input)}
        saving={create.isPending}
        error={create.error}
      />
    </Stack>
  );
}
