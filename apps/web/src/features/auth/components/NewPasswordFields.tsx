import { PasswordInput } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { fieldError } from "../../../components/fieldError";

/** A new password and the same again; `matches()` says whether they agree (and shows it when not). */
export function useNewPassword() {
  const [value, setValue] = useState("");
  const [repeat, setRepeat] = useState("");
  const [mismatch, setMismatch] = useState(false);
  return {
    value,
    repeat,
    mismatch,
    setValue,
    setRepeat,
    matches: () => {
      setMismatch(value !== repeat);
      return value === repeat;
    },
    clear: () => {
      setValue("");
      setRepeat("");
    },
  };
}

export function NewPasswordFields({
  state,
  error,
}: {
  state: ReturnType<typeof useNewPassword>;
  /** the server's error, shown beside the new password when it names newPassword */
  error: unknown;
}) {
  const { t } = useTranslation();
  return (
    <>
      <PasswordInput
        label={t("auth.account.password.new")}
        description={t("auth.account.password.newHelp")}
        autoComplete="new-password"
        required
        value={state.value}
        onChange={(e) => state.setValue(e.currentTarget.value)}
        error={fieldError(error, "newPassword")}
      />
      <PasswordInput
        label={t("auth.account.password.repeat")}
        autoComplete="new-password"
        required
        value={state.repeat}
        onChange={(e) => state.setRepeat(e.currentTarget.value)}
        error={state.mismatch ? t("auth.account.password.mismatch") : undefined}
      />
    </>
  );
}
