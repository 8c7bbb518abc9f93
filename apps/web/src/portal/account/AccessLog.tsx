import { useState } from "react";
import { useTranslation } from "react-i18next";
import { intlLocale } from "../../i18n/languages";
import { accessLog, type AccessLog as Log } from "../api";
import { useLazyWords } from "../i18n";
import { useTitle } from "../useTitle";
import { useOwn } from "./useOwn";

type Entry = Log["items"][number];

/**
 * Who read or changed the returnee's record, newest first: the organisation and the job of who did it (never
 * their name), or the returnee, or Homecoming's own work; what they did and when; older ones on request.
 */
export function AccessLog() {
  const { t, i18n } = useTranslation();
  const { value: log, setValue, failed } = useOwn(() => accessLog(), "log");
  const [busy, setBusy] = useState(false);
  const ready = useLazyWords("mydata");
  useTitle(t("mydata.log.title"));
  if (failed) return <p role="alert">{t("mydata.download.failed")}</p>;
  if (!log || !ready) return null;
  const moment = new Intl.DateTimeFormat(intlLocale(i18n.language), {
    dateStyle: "medium",
    timeStyle: "short",
  });
  const who = (e: Entry) => {
    if (e.by === "returnee") return t("mydata.log.you");
    if (e.by === "system") return t("mydata.log.system");
    return t("mydata.log.staff", {
      organisation: log.organisations.find((o) => o.id === e.organisationId)?.name ?? t("mydata.someone"),
      roles: e.roles.map((r) => t(`mydata.roles.${r}`)).join(", "),
    });
  };
  const what = (e: Entry) =>
    t("mydata.log.did", {
      action: t(`mydata.log.action.${e.action}`, { defaultValue: e.action }),
      what: t(`mydata.log.what.${e.recordType}`, { defaultValue: t("mydata.log.what.other") }),
    });
  const more = async () => {
    if (!log.nextBefore) return;
    setBusy(true);
    try {
      const next = await accessLog(log.nextBefore);
      const organisations = [
        ...log.organisations,
        ...next.organisations.filter((o) => !log.organisations.some((k) => k.id === o.id)),
      ];
      setValue({ items: [...log.items, ...next.items], nextBefore: next.nextBefore, organisations });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <h1>{t("mydata.log.title")}</h1>
      <p>{t("mydata.log.intro")}</p>
      {log.items.length === 0 ? (
        <p>{t("mydata.log.none")}</p>
      ) : (
        <ol className="log">
          {log.items.map((e) => (
            <li key={e.seq}>
              <time dateTime={e.at}>{moment.format(new Date(e.at))}</time>
              <span>
                <strong>{who(e)}</strong> {what(e)}
              </span>
              {e.reason && <span dir="auto">{e.reason}</span>}
            </li>
          ))}
        </ol>
      )}
      {log.nextBefore && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => void more()}>
          {t("mydata.log.more")}
        </button>
      )}
    </>
  );
}
