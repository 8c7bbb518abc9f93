import { Group, Radio, TextInput, type TextInputProps } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { ReferencePicker } from "../../../components/ReferencePicker";
import { sexes } from "../api/persons";
import type { RegistrationForm, StepProps } from "../hooks/registrationForm";

type TextField = {
  [K in keyof RegistrationForm]: RegistrationForm[K] extends string ? K : never;
}[keyof RegistrationForm];

/**
 * A text field of the registration form, named by its key: its label (and with `help` its description)
 * from the person words, its value and its error from the form.
 */
export function FormText({
  field,
  help = false,
  form,
  set,
  err,
  ...props
}: StepProps & { field: TextField; help?: boolean } & Omit<TextInputProps, "value" | "onChange" | "form">) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t(`persons.field.${field}`)}
      description={help ? t(`persons.field.${field}Help`) : undefined}
      value={form[field]}
      onChange={(e) => set({ [field]: e.currentTarget.value })}
      error={err(field)}
      {...props}
    />
  );
}

/** The returnee's phone, written left to right whatever the interface language. */
export const PhoneField = (step: StepProps) => <FormText {...step} field="phone" help type="tel" dir="ltr" />;

/** The returnee's sex, one of the recorded values. */
export function SexField({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      label={t("persons.field.sex")}
      required
      value={form.sex}
      onChange={(sex) => set({ sex })}
      error={err("sex")}
    >
      <Group mt="xs">
        {sexes.map((s) => (
          <Radio key={s} value={s} label={t(`persons.sex.${s}`)} />
        ))}
      </Group>
    </Radio.Group>
  );
}

/** The returnee's home district, kept with its name so the review shows it. */
export function DistrictField({ form, set, err }: StepProps) {
  const { t } = useTranslation();
  return (
    <ReferencePicker
      list="district"
      label={t("persons.field.adminArea")}
      description={t("persons.field.adminAreaHelp")}
      required
      value={form.adminAreaCode}
      labels={{ [form.adminAreaCode]: form.adminAreaLabel }}
      onChange={(adminAreaCode, adminAreaLabel) => set({ adminAreaCode, adminAreaLabel })}
      error={err("adminAreaCode")}
    />
  );
}
