import type { TFunction } from "i18next";
import { directionOf, intlLocale } from "../../i18n/languages";
import type { MyData } from "../api";

// Everything held about a returnee as words in their language: one model that the page shows and the PDF
// prints, so that both say the same. The computer file (JSON) is the answer of the API as it is.

export interface DataRow {
  label: string;
  value: string;
}

export interface DataBlock {
  heading?: string;
  rows: DataRow[];
}

export interface DataSection {
  id: string;
  title: string;
  /** what the section says when it holds nothing */
  empty: string;
  blocks: DataBlock[];
}

export interface DataModel {
  lang: string;
  dir: "ltr" | "rtl";
  title: string;
  /** who it is about and when it was made, under the title */
  lines: string[];
  sections: DataSection[];
  /** the footer's "made on" */
  generated: string;
  page: (page: number, pages: number) => string;
}

type Consent = MyData["consents"][number];
type Case = MyData["cases"][number];
type Referral = MyData["referrals"][number];
type Organisations = MyData["organisations"];

/** What every part of the copy says the same way: a moment, an organisation, rows that hold a value. */
function phrasing(t: TFunction, lang: string, organisations: Organisations) {
  const moment = new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: "medium", timeStyle: "short" });
  return {
    at: (iso: string | null | undefined) => (iso ? moment.format(new Date(iso)) : ""),
    organisation: (id: string | null | undefined) =>
      (id && organisations.find((o) => o.id === id)?.name) || t("mydata.someone"),
    // rows without a value are left out: the page and the PDF show what is held
    rows: (...list: [string, string | null | undefined][]): DataRow[] =>
      list.flatMap(([label, value]) => (value ? [{ label: t(label), value }] : [])),
  };
}

/** Each consent as words: whom it lets in, who gave it and when, whether it holds. */
export function consentBlocks(
  consents: Consent[],
  organisations: Organisations,
  t: TFunction,
  lang: string,
): DataBlock[] {
  const { at, organisation, rows } = phrasing(t, lang, organisations);
  return consents.map((c) => ({
    heading: t(`mydata.purpose.${c.purpose}`),
    rows: rows(
      [
        "mydata.consent.to",
        c.organisationIds.length
          ? c.organisationIds.map(organisation).join(", ")
          : t("mydata.consent.anyone"),
      ],
      [
        "mydata.consent.given",
        c.givenOnPortal
          ? t("mydata.consent.givenByYou", { date: at(c.givenAt) })
          : t("mydata.consent.givenAt", {
              date: at(c.givenAt),
              organisation: organisation(c.recordedByOrganisationId),
            }),
      ],
      ["mydata.consent.note", c.note],
      [
        "mydata.consent.status",
        c.withdrawnAt
          ? t(c.withdrawnOnPortal ? "mydata.consent.withdrawnByYou" : "mydata.consent.withdrawn", {
              date: at(c.withdrawnAt),
            })
          : c.active
            ? t("mydata.consent.active")
            : t("mydata.consent.expired", { date: at(c.expiresAt) }),
      ],
      ["mydata.consent.until", !c.withdrawnAt && c.active ? at(c.expiresAt) : null],
      ["mydata.consent.why", c.withdrawalNote],
    ),
  }));
}

export function dataModel(data: MyData, t: TFunction, lang: string): DataModel {
  const locale = intlLocale(lang);
  const day = new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeZone: "UTC" });
  const { at, organisation, rows } = phrasing(t, lang, data.organisations);
  const number = new Intl.NumberFormat(locale);
  const regions = new Intl.DisplayNames([locale, "en"], { type: "region" });
  const languageNames = new Intl.DisplayNames([locale, "en"], { type: "language" });
  // a list in the language's own way ("a, b, c"; in Arabic with its comma)
  const list = (items: readonly string[] | undefined) =>
    items?.length ? new Intl.ListFormat(locale, { type: "unit" }).format(items) : null;
  // a day (YYYY-MM-DD) or a moment (an ISO time)
  const date = (iso: string | null | undefined) =>
    iso ? (iso.length === 10 ? day.format(new Date(`${iso}T00:00:00Z`)) : day.format(new Date(iso))) : "";
  const money = (amount: number, currency: string) => {
    try {
      return new Intl.NumberFormat(locale, { style: "currency", currency }).format(amount);
    } catch {
      return `${number.format(amount)} ${currency}`;
    }
  };
  const country = (code: string) => regions.of(code) ?? code;
  const yesNo = (value: boolean | null | undefined) =>
    value == null ? "" : value ? t("mydata.yes") : t("mydata.no");
  const word = (key: string, value: string | null | undefined) =>
    value ? t(`${key}.${value}`, { defaultValue: value }) : "";

  const account: DataSection = {
    id: "account",
    title: t("mydata.sections.account"),
    empty: "",
    blocks: [
      {
        rows: [
          ...rows(
            ["mydata.account.phone", data.account.phone],
            ["mydata.account.language", languageNames.of(data.account.language)],
            ["mydata.account.opened", at(data.account.createdAt)],
            ["mydata.account.proven", at(data.account.verifiedAt)],
            ["mydata.account.lastSignIn", at(data.account.lastSignInAt)],
          ),
          ...data.account.sessions.map((s) => ({
            label: t("mydata.account.device"),
            value: t("mydata.account.deviceUsed", { date: at(s.lastSeenAt) }),
          })),
        ],
      },
    ],
  };

  const p = data.record;
  const record: DataSection = {
    id: "record",
    title: t("mydata.sections.record"),
    empty: t("mydata.empty.record"),
    blocks: p
      ? [
          {
            rows: rows(
              ["mydata.record.name", [p.givenName, p.familyName].filter(Boolean).join(" ")],
              ["mydata.record.nameNative", p.nameNative],
              [
                "mydata.record.born",
                p.birthDate
                  ? date(p.birthDate)
                  : p.birthYear
                    ? t("mydata.record.bornIn", { year: p.birthYear })
                    : null,
              ],
              ["mydata.record.sex", word("portal.help.values.sex", p.sex)],
              ["mydata.record.genderIdentity", p.genderIdentity],
              ["mydata.record.nationalId", p.nationalId],
              ["mydata.record.passport", p.passportNumber],
              ["mydata.record.phone", p.phone],
              ["mydata.record.district", data.names.areas[p.adminAreaCode] ?? p.adminAreaCode],
              ["mydata.record.address", p.address],
              ["mydata.record.languages", list(p.languages?.map((code) => languageNames.of(code) ?? code))],
              [
                "mydata.record.schooling",
                p.education ? word("portal.help.education", String(p.education.iscedLevel)) : null,
              ],
              ["mydata.record.fieldOfStudy", p.education?.fieldOfStudy],
              [
                "mydata.record.skills",
                list(
                  p.skills?.map((s) =>
                    [
                      s.name,
                      s.yearsExperience !== undefined
                        ? t("mydata.record.years", { count: s.yearsExperience })
                        : null,
                      s.certified ? t("mydata.record.certified") : null,
                    ]
                      .filter(Boolean)
                      .join(" "),
                  ),
                ),
              ],
              [
                "mydata.record.debts",
                list(
                  p.debts?.map((d) =>
                    t("mydata.record.debt", {
                      amount: money(d.amount, d.currency),
                      lender: word("mydata.lender", d.lender),
                    }),
                  ),
                ),
              ],
              [
                "mydata.record.documents",
                list(
                  p.documents?.map(
                    (d) =>
                      `${word("portal.help.values.documentsMissing", d.type)}: ${word("mydata.documentStatus", d.status)}`,
                  ),
                ),
              ],
              ["mydata.record.housing", word("portal.help.values.housingStatus", p.housing?.status)],
              ["mydata.record.housingAdequate", yesNo(p.housing?.adequate)],
              [
                "mydata.record.household",
                p.household
                  ? t("mydata.record.householdLine", {
                      size: p.household.size,
                      dependants: p.household.dependants,
                      children: p.household.childrenOfSchoolAge,
                    })
                  : null,
              ],
              ["mydata.record.headOfHousehold", yesNo(p.household?.headOfHousehold)],
              [
                "mydata.record.disability",
                p.disability
                  ? [
                      yesNo(p.disability.hasDisability),
                      ...(p.disability.kinds ?? []).map((k) => word("mydata.disability", k)),
                    ].join(", ")
                  : null,
              ],
              ["mydata.record.needs", list(p.statedNeeds?.map((n) => t(`portal.needs.${n}`)))],
              ["mydata.record.registeredBy", organisation(p.registeredByOrganisationId)],
              ["mydata.record.registeredOn", at(p.createdAt)],
              [
                "mydata.record.confirmed",
                p.selfRegisteredAt
                  ? p.confirmedAt
                    ? at(p.confirmedAt)
                    : t("portal.account.mine.waiting")
                  : null,
              ],
            ),
          },
        ]
      : [],
  };

  const abroad: DataSection = {
    id: "abroad",
    title: t("mydata.sections.abroad"),
    empty: t("mydata.empty.abroad"),
    blocks: (p?.migrationEpisodes ?? []).map((e) => ({
      heading: country(e.destinationCountry),
      rows: rows(
        ["mydata.abroad.from", date(e.startDate)],
        ["mydata.abroad.to", date(e.endDate)],
        [
          "mydata.abroad.work",
          e.occupationIsco ? (data.names.occupations[e.occupationIsco] ?? e.occupationIsco) : null,
        ],
        ["mydata.abroad.sector", e.sectorIsic ? (data.names.sectors[e.sectorIsic] ?? e.sectorIsic) : null],
        ["mydata.abroad.papers", word("mydata.legalStatus", e.legalStatus)],
        ["mydata.abroad.how", word("portal.help.values.returnType", e.returnType)],
      ),
    })),
  };

  const consents: DataSection = {
    id: "consents",
    title: t("mydata.sections.consents"),
    empty: t("mydata.empty.consents"),
    blocks: consentBlocks(data.consents, data.organisations, t, lang),
  };

  const caseBlocks = (c: Case): DataBlock[] => [
    {
      heading: t("portal.case.title", { organisation: organisation(c.leadOrganisationId) }),
      rows: rows(
        ["mydata.case.worker", c.caseWorkerName],
        ["mydata.case.stage", t(`portal.case.stage.${c.stage}`)],
        ["mydata.case.opened", at(c.openedAt)],
        ["mydata.case.planFrom", at(c.planActivatedAt)],
        ["mydata.case.risk", word("mydata.risk", c.riskLevel)],
        ["mydata.case.handedOver", c.handedOverTo ? `${c.handedOverTo}, ${at(c.handedOverAt)}` : null],
        ["mydata.case.closed", at(c.closedAt)],
        ["mydata.case.closedWhy", word("mydata.closure", c.closureReason)],
        ["mydata.case.closureNote", c.closureNote],
      ),
    },
    ...(c.assessments.length
      ? [
          {
            heading: t("mydata.case.assessments"),
            rows: c.assessments.map((a) => ({
              label: t("mydata.case.assessedOn", {
                kind: t(`mydata.assessment.${a.kind}`),
                date: date(a.createdAt),
              }),
              value: [organisation(a.organisationId), assessmentResult(a, t, number)]
                .filter(Boolean)
                .join(": "),
            })),
          },
        ]
      : []),
    ...(c.goals.length || c.actions.length
      ? [
          {
            heading: t("portal.case.plan"),
            rows: [
              ...c.goals.map((g) => ({
                label: t("mydata.case.goal", { dimension: t(`mydata.dimension.${g.dimension}`) }),
                value: [g.title, g.description].filter(Boolean).join(": "),
              })),
              ...c.actions.map((a) => ({
                label: a.title,
                value: [
                  t(`portal.case.action.${a.status}`),
                  a.dueDate ? t("mydata.case.due", { date: date(a.dueDate) }) : null,
                  a.organisationId ? organisation(a.organisationId) : null,
                ]
                  .filter(Boolean)
                  .join(", "),
              })),
            ],
          },
        ]
      : []),
    ...(c.followUps.length
      ? [
          {
            heading: t("portal.case.contacts"),
            rows: c.followUps.map((f) => ({
              label: t(`portal.case.followUp.${f.kind}`),
              value: [
                f.doneAt
                  ? t("mydata.case.contacted", { date: date(f.doneAt) })
                  : t("mydata.case.due", { date: date(f.dueDate) }),
                f.contactMethod ? word("mydata.contactMethod", f.contactMethod) : null,
                f.reached === false ? t("mydata.case.notReached") : null,
                f.note,
              ]
                .filter(Boolean)
                .join(", "),
            })),
          },
        ]
      : []),
  ];
  const cases: DataSection = {
    id: "cases",
    title: t("mydata.sections.cases"),
    empty: t("mydata.empty.cases"),
    blocks: data.cases.flatMap(caseBlocks),
  };

  const referralBlock = (r: Referral): DataBlock => ({
    heading: r.serviceName,
    rows: [
      ...rows(
        ["mydata.referral.to", organisation(r.toOrganisationId)],
        ["mydata.referral.from", organisation(r.fromOrganisationId)],
        ["mydata.referral.why", r.reason],
        ["mydata.referral.status", t(`portal.case.referral.${r.status}`)],
        ["mydata.referral.reasonCode", word("mydata.reasonCode", r.reasonCode)],
        ["mydata.referral.outcome", r.outcome],
      ),
      ...r.events.map((e) => ({
        label: at(e.at),
        value: [t(`mydata.referralEvent.${e.type}`, { organisation: organisation(e.organisationId) }), e.note]
          .filter(Boolean)
          .join(": "),
      })),
    ],
  });
  const referrals: DataSection = {
    id: "referrals",
    title: t("mydata.sections.referrals"),
    empty: t("mydata.empty.referrals"),
    blocks: data.referrals.map(referralBlock),
  };

  const programmes: DataSection = {
    id: "programmes",
    title: t("mydata.sections.programmes"),
    empty: t("mydata.empty.programmes"),
    blocks: [
      ...data.enrolments.map((e) => ({
        heading: e.programmeName,
        rows: rows(
          ["mydata.programme.status", word("mydata.enrolment", e.status)],
          ["mydata.programme.applied", at(e.createdAt)],
          ["mydata.programme.by", organisation(e.appliedByOrganisationId)],
          ["mydata.programme.decided", at(e.decidedAt)],
          ["mydata.programme.started", at(e.startedAt)],
          ["mydata.programme.ended", at(e.endedAt)],
          [
            "mydata.programme.amount",
            e.amountGiven !== null && e.currency ? money(e.amountGiven, e.currency) : null,
          ],
          ["mydata.programme.reason", e.reason],
          ["mydata.programme.note", e.note],
        ),
      })),
      ...data.businessPlans.map((b) => ({
        heading: t("mydata.business.title", { activity: b.activity }),
        rows: rows(
          ["mydata.business.sector", data.names.sectors[b.sectorIsic] ?? b.sectorIsic],
          ["mydata.business.capital", money(b.capitalNeeded, b.currency)],
          ["mydata.business.own", money(b.ownContribution, b.currency)],
          ["mydata.business.income", money(b.expectedMonthlyIncome, b.currency)],
          ["mydata.business.market", b.market],
          ["mydata.business.risks", b.risks],
        ),
      })),
    ],
  };

  const requests: DataSection = {
    id: "calls",
    title: t("mydata.sections.calls"),
    empty: t("mydata.empty.calls"),
    blocks: data.callBacks.map((c) => ({
      heading: t("mydata.call.asked", { date: at(c.requestedAt) }),
      rows: rows(
        ["mydata.call.to", organisation(c.organisationId)],
        ["mydata.call.when", t(`portal.case.callBack.times.${c.preferredTime}`)],
        ["mydata.call.note", c.note],
        ["mydata.call.done", c.doneAt ? at(c.doneAt) : t("mydata.call.waiting")],
      ),
    })),
  };

  const joined: DataSection = {
    id: "joined",
    title: t("mydata.sections.joined"),
    empty: t("mydata.empty.joined"),
    blocks: [
      ...data.merges.map((m) => ({
        heading: t("mydata.joined.merged", { date: at(m.mergedAt) }),
        rows: rows(
          ["mydata.joined.by", organisation(m.organisationId)],
          ["mydata.joined.note", m.note],
          [
            "mydata.joined.undone",
            m.undoneAt ? [at(m.undoneAt), m.undoReason].filter(Boolean).join(": ") : null,
          ],
        ),
      })),
      ...data.recordRequests.map((r) => ({
        heading: t("mydata.joined.request", { date: at(r.createdAt) }),
        rows: rows(
          ["mydata.joined.asked", organisation(r.fromOrganisationId)],
          ["mydata.joined.holder", organisation(r.toOrganisationId)],
          ["mydata.joined.answer", t(`mydata.requestStatus.${r.status}`)],
          ["mydata.joined.note", r.note],
        ),
      })),
      ...data.importRows.map((i) => ({
        heading: t("mydata.joined.imported", { date: at(i.importedAt) }),
        rows: [
          ...rows(
            ["mydata.joined.by", organisation(i.organisationId)],
            ["mydata.joined.file", t("mydata.joined.line", { file: i.fileName, line: i.line })],
          ),
          // the spreadsheet's own columns, as it named them
          ...Object.entries(i.cells ?? {}).map(([label, value]) => ({ label, value })),
        ],
      })),
    ],
  };

  const messages: DataSection = {
    id: "messages",
    title: t("mydata.sections.messages"),
    empty: t("mydata.empty.messages"),
    blocks: [
      {
        rows: data.textMessages.map((m) => ({
          label: at(m.createdAt),
          value: m.text ?? t(`mydata.message.${m.purpose}`),
        })),
      },
    ].filter((b) => b.rows.length > 0),
  };

  const c = data.community;
  const community: DataSection = {
    id: "community",
    title: t("mydata.sections.community"),
    empty: t("mydata.empty.community"),
    blocks: [
      ...c.eventRegistrations.map((r) => ({
        heading: r.eventTitle,
        rows: rows(
          ["mydata.community.by", r.organisationName],
          ["mydata.community.when", at(r.startsAt)],
          ["mydata.community.registered", at(r.registeredAt)],
          ["mydata.community.cancelled", at(r.cancelledAt)],
        ),
      })),
      ...c.questions.map((q) => ({
        heading: q.title,
        rows: [
          { label: t("mydata.community.asked"), value: `${at(q.createdAt)}: ${q.body}` },
          ...rows(
            ["mydata.community.status", t(`mydata.questionStatus.${q.status}`)],
            ["mydata.community.reason", q.moderationReason],
          ),
        ],
      })),
      ...(c.answers.length
        ? [
            {
              heading: t("mydata.community.answered"),
              rows: c.answers.map((a) => ({ label: at(a.createdAt), value: a.body })),
            },
          ]
        : []),
      ...(c.trustedBy
        ? [
            {
              rows: rows([
                "mydata.community.trusted",
                t("mydata.community.trustedLine", {
                  organisation: c.trustedBy.organisationName,
                  date: at(c.trustedBy.since),
                }),
              ]),
            },
          ]
        : []),
    ],
  };

  const name = p ? [p.givenName, p.familyName].filter(Boolean).join(" ") : data.account.phone;
  return {
    lang,
    dir: directionOf(lang),
    title: t("mydata.title"),
    lines: [name, t("mydata.generated", { date: at(data.generatedAt) })],
    sections: [
      account,
      record,
      abroad,
      consents,
      cases,
      referrals,
      programmes,
      requests,
      joined,
      community,
      messages,
    ],
    generated: t("mydata.generated", { date: at(data.generatedAt) }),
    page: (page, pages) => t("mydata.page", { page, pages }),
  };
}

/** An assessment's result in a few words: the needs found, the risk, the distress, or the survey's score. */
function assessmentResult(a: Case["assessments"][number], t: TFunction, number: Intl.NumberFormat): string {
  const scores = a.scores as Record<string, unknown>;
  if (a.kind === "needs") {
    const found = Object.entries(scores)
      .filter(([, s]) => {
        const priority = (s as { priority?: string } | null)?.priority;
        return priority === "high" || priority === "medium";
      })
      .map(([dimension, s]) =>
        t("mydata.result.need", {
          dimension: t(`mydata.dimension.${dimension}`, { defaultValue: dimension }),
          priority: t(`mydata.priority.${(s as { priority: string }).priority}`),
        }),
      );
    return found.length ? found.join("; ") : t("mydata.result.noNeeds");
  }
  if (a.kind === "vulnerability" && typeof scores.riskLevel === "string")
    return t("mydata.result.risk", { level: t(`mydata.risk.${scores.riskLevel}`) });
  if (a.kind === "psychosocial" && typeof scores.level === "string")
    return t("mydata.result.distress", { level: t(`mydata.distress.${scores.level}`) });
  if (a.kind === "sustainability_survey" && typeof scores.composite === "number")
    return t("mydata.result.survey", { score: number.format(Math.round(scores.composite * 100) / 100) });
  return "";
}
