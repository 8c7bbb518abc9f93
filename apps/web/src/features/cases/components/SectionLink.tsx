import { Anchor, type AnchorProps } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
import { type CaseTab, caseTabId } from "../hooks/caseTabs";

/** A link that opens a section of the case screen and puts the keyboard focus on its tab. */
export function SectionLink({
  tab,
  children,
  ...props
}: { tab: CaseTab; children: ReactNode } & AnchorProps) {
  return (
    <Anchor
      component={Link}
      to={`?tab=${tab}`}
      onClick={() => requestAnimationFrame(() => document.getElementById(caseTabId(tab))?.focus())}
      underline="always"
      {...props}
    >
      {children}
    </Anchor>
  );
}
