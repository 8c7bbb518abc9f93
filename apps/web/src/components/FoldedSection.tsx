import { Button, Collapse, Group, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import type { ReactNode } from "react";

/**
 * A section folded away until asked for (on the Eligibility tab, in a form): its heading and a button that
 * shows or hides it. What it holds is drawn only while it is shown (a national catalogue lists hundreds of
 * offers; a record's words in five languages are many fields).
 */
export function FoldedSection({
  id,
  title,
  hint,
  showLabel,
  hideLabel,
  children,
}: {
  id: string;
  title: string;
  hint?: string;
  showLabel: string;
  hideLabel: string;
  children: () => ReactNode;
}) {
  const [open, { toggle }] = useDisclosure(false);
  return (
    <section aria-labelledby={`${id}-title`}>
      <Group justify="space-between">
        <Title order={4} id={`${id}-title`}>
          {title}
        </Title>
        <Button variant="default" size="xs" onClick={toggle} aria-expanded={open} aria-controls={id}>
          {open ? hideLabel : showLabel}
        </Button>
      </Group>
      {hint && (
        <Text size="sm" c="dimmed" mb="xs">
          {hint}
        </Text>
      )}
      <Collapse expanded={open} id={id}>
        {open && children()}
      </Collapse>
    </section>
  );
}
