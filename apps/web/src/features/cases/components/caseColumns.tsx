import { Anchor } from "@mantine/core";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Column } from "../../../components/PagedTable";
import { RelativeTime } from "../../../components/RelativeTime";
import type { listCases } from "../api/cases";
import { RiskBadge } from "./RiskBadge";
import { StageBadge } from "./StageBadge";

export type CaseRow = Awaited<ReturnType<typeof listCases>>["items"][number];

/** The columns of every list of cases: the returnee (opening the case), stage, risk, last change. */
export function useCaseColumns(): Column<CaseRow>[] {
  const { t } = useTranslation();
  return [
    {
      key: "person",
      label: t("cases.list.person"),
      cell: (c) => (
        <Anchor component={Link} to={`/cases/${c.id}`}>
          {c.person.nameNative ? `${c.person.nameNative} · ` : ""}
          {c.person.givenName} {c.person.familyName}
        </Anchor>
      ),
    },
    {
      key: "stage",
      label: t("cases.list.stage"),
      sort: { field: "stage" },
      cell: (c) => <StageBadge stage={c.stage} />,
    },
    {
      key: "risk",
      label: t("cases.list.risk"),
      sort: { field: "risk", firstDescending: true },
      cell: (c) => <RiskBadge risk={c.riskLevel} />,
    },
    {
      key: "updated",
      label: t("cases.list.lastChange"),
      sort: { field: "updated", firstDescending: true },
      cell: (c) => <RelativeTime value={c.updatedAt} />,
    },
  ];
}
