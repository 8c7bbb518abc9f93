import { NumberInput, Select, Text } from "@mantine/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { FormDialog } from "../../../components/FormDialog";
import { fieldError } from "../../../components/fieldError";
import { currencyCodes, currencyName } from "../../../components/money";

/**
 * Asks for the money given before a loan or grant starts: the amount, and its currency when it is not the
 * business plan's (the server takes the plan's when none is chosen).
 */
export function AmountDialog({
  kind,
  caseLabel,
  onConfirm,
  onClose,
  pending,
  error,
}: {
  kind: "loan" | "grant" | null;
  caseLabel: string;
  onConfirm: (money: { amountGiven: number; currency?: string }) => void;
  onClose: () => void;
  pending: boolean;
  error: unknown;
}) {
  const { t, i18n } = useTranslation();
  const [amount, setAmount] = useState<number | "">("");
  const [currency, setCurrency] = useState<string | null>(null);
  const [missing, setMissing] = useState(false);
  return (
    <FormDialog
      opened={kind !== null}
      title={kind ? t(`programmes.enrolments.amountTitle.${kind}`, { id: caseLabel }) : ""}
      intro={<Text size="sm">{t("programmes.enrolments.amountIntro")}</Text>}
      onClose={onClose}
      onSubmit={() =>
        typeof amount === "number" && amount > 0
          ? onConfirm({ amountGiven: amount, ...(currency ? { currency } : {}) })
          : setMissing(true)
      }
      submitLabel={t("programmes.enrolments.action.start")}
      pending={pending}
      error={error}
      fields={["amountGiven", "currency"]}
      errorTitle={t("programmes.enrolments.moveFailed")}
    >
      <NumberInput
        label={kind ? t(`programmes.enrolments.amountGiven.${kind}`) : ""}
        required
        data-autofocus
        min={0}
        decimalScale={2}
        thousandSeparator
        value={amount}
        onChange={(v) => {
          setAmount(typeof v === "number" ? v : "");
          setMissing(false);
        }}
        error={missing ? t("programmes.enrolments.amountRequired") : fieldError(error, "amountGiven")}
      />
      <Select
        label={t("programmes.enrolments.currency")}
        description={t("programmes.enrolments.currencyHint")}
        searchable
        clearable
        data={currencyCodes.map((c) => ({ value: c, label: currencyName(i18n.language, c) }))}
        value={currency}
        onChange={setCurrency}
        error={fieldError(error, "currency")}
      />
    </FormDialog>
  );
}
