import { Alert, Button, Group, Stack, Stepper, Switch, Text, Title } from "@mantine/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { ApiError, newIdempotencyKey } from "../../../api/client";
import { registerPerson } from "../api/persons";
import {
  duplicateProbe,
  fullSteps,
  initialForm,
  quickSteps,
  type RegistrationForm,
  stepOf,
  toPersonInput,
} from "../hooks/registrationForm";
import { CircumstancesStep } from "./CircumstancesStep";
import { ContactStep } from "./ContactStep";
import { DuplicateWarning } from "./DuplicateWarning";
import { EducationStep } from "./EducationStep";
import { IdentityStep } from "./IdentityStep";
import { MigrationStep } from "./MigrationStep";
import { QuickStep } from "./QuickStep";
import { ReviewStep } from "./ReviewStep";

/** Registers a returnee step by step (or quickly at an airport desk), warning of duplicates while typing. */
export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [form, setForm] = useState<RegistrationForm>(initialForm);
  const [active, setActive] = useState(0);
  const [failure, setFailure] = useState<unknown>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const steps: readonly string[] = form.quick ? quickSteps : fullSteps;
  const last = steps.length - 1;

  const set = (patch: Partial<RegistrationForm>) => setForm((f) => ({ ...f, ...patch }));
  const apiField = failure instanceof ApiError ? failure.field : undefined;
  const err = (field: string) => (apiField === field ? (failure as ApiError).message : undefined);

  // one key for this registration: a double submit or a retry after a lost answer registers the returnee once
  const [registrationKey] = useState(newIdempotencyKey);
  const save = useMutation({
    mutationFn: () => registerPerson(toPersonInput(form), registrationKey),
    onSuccess: (person) => {
      navigate(`/persons/${person.id}`, {
        state: {
          registered: true,
          duplicates: person.possibleDuplicates.length,
          heldElsewhere: person.heldElsewhere.count,
        },
      });
    },
    onError: (error) => {
      setFailure(error);
      setActive(stepOf(error instanceof ApiError ? error.field : undefined, form.quick));
      requestAnimationFrame(() => summaryRef.current?.focus());
    },
  });

  const go = (step: number) => {
    setActive(Math.max(0, Math.min(last, step)));
    window.scrollTo({ top: 0 });
  };
  const stepProps = { form, set, err };
  const content = (step: string) => {
    switch (step) {
      case "quick":
        return <QuickStep {...stepProps} />;
      case "identity":
        return <IdentityStep {...stepProps} />;
      case "contact":
        return <ContactStep {...stepProps} />;
      case "migration":
        return <MigrationStep {...stepProps} />;
      case "education":
        return <EducationStep {...stepProps} />;
      case "circumstances":
        return <CircumstancesStep {...stepProps} />;
      default:
        return <ReviewStep form={form} steps={steps} onEdit={go} />;
    }
  };

  return (
    <Stack maw={900}>
      <Title order={1}>{t("persons.register.title")}</Title>
      <Switch
        label={t("persons.register.quick")}
        description={t("persons.register.quickHelp")}
        checked={form.quick}
        onChange={(e) => {
          set({ quick: e.currentTarget.checked });
          setActive(0);
        }}
      />
      {Boolean(failure) && (
        <Alert ref={summaryRef} tabIndex={-1} color="red" role="alert" title={t("persons.register.failed")}>
          <Text size="sm">{failure instanceof ApiError ? failure.message : t("common.error.network")}</Text>
          {apiField && (
            <Text size="sm" mt={4}>
              {t("persons.register.fieldHint", {
                step: t(`persons.step.${steps[stepOf(apiField, form.quick)]}`),
              })}
            </Text>
          )}
        </Alert>
      )}
      <DuplicateWarning probe={duplicateProbe(form)} />
      <Stepper active={active} onStepClick={go} allowNextStepsSelect size="sm" wrap>
        {steps.map((step) => (
          <Stepper.Step key={step} label={t(`persons.step.${step}`)}>
            <Title order={2} size="h3" my="md">
              {t(`persons.stepTitle.${step}`)}
            </Title>
            {content(step)}
          </Stepper.Step>
        ))}
      </Stepper>
      <Group justify="space-between">
        <Button variant="default" onClick={() => go(active - 1)} disabled={active === 0}>
          {t("common.back")}
        </Button>
        {active < last ? (
          <Button onClick={() => go(active + 1)}>{t("common.next")}</Button>
        ) : (
          <Button onClick={() => save.mutate()} loading={save.isPending}>
            {t("persons.register.submit")}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
