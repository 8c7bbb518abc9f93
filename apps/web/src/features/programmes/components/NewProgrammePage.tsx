import { Anchor, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { ApiError } from "../../../api/client";
import { ErrorState } from "../../../components/ErrorState";
import { can, useMe } from "../../auth/hooks/useMe";
import { programmeKeys } from "../api/programmes";
import { ProgrammeForm } from "./ProgrammeForm";

/** A new programme with its rule (administrators). */
export function NewProgrammePage() {
  const { t } = useTranslation();
  const me = useMe().data;
  const navigate = useNavigate();
  const qc = useQueryClient();
  if (!can(me, "programme.create"))
    return <ErrorState error={new ApiError(403, "forbidden", t("programmes.onlyAdmins"))} />;
  return (
    <Stack>
      <Anchor component={Link} to="/programmes" size="sm">
        {t("programmes.back")}
      </Anchor>
      <Title order={2}>{t("programmes.create")}</Title>
      <ProgrammeForm
        defaultOwnerId={me?.organisation.id ?? ""}
        onSaved={(saved) => {
          qc.setQueryData(programmeKeys.one(saved.id), saved);
          void qc.invalidateQueries({ queryKey: programmeKeys.all });
          notifications.show({
            message: t("programmes.form.saved"),
            closeButtonProps: { "aria-label": t("programmes.form.closeNotice") },
          });
          navigate(`/programmes/${saved.id}`);
        }}
      />
    </Stack>
  );
}
