import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { downloadBlob } from "../../pdf/make";
import { type Language, myData } from "../api";
import { useLazyWords } from "../i18n";
import { useTitle } from "../useTitle";
import { type DataBlock, type DataModel, dataModel } from "./dataModel";
import { useOwn } from "./useOwn";

/** A copy's file name: what it is, and the day it was made. */
const fileName = (generatedAt: string, extension: string) =>
  `homecoming-my-data-${generatedAt.slice(0, 10)}.${extension}`;

/** Everything held about the returnee, in their words, with a copy to keep as a PDF or a computer file. */
export function MyData() {
  const { t, i18n } = useTranslation();
  const language = i18n.language as Language;
  const { value: data, failed } = useOwn(() => myData(language), language);
  const [making, setMaking] = useState<"pdf" | "failed" | null>(null);
  const ready = useLazyWords("mydata");
  useTitle(t("mydata.title"));
  if (failed) return <p role="alert">{t("mydata.download.failed")}</p>;
  if (!data || !ready) return null;
  const model = dataModel(data, t, language);
  const pdf = async () => {
    setMaking("pdf");
    try {
      const { dataPdf } = await import("./dataPdf");
      downloadBlob(await dataPdf(model), fileName(data.generatedAt, "pdf"));
      setMaking(null);
    } catch {
      setMaking("failed");
    }
  };
  return (
    <>
      <h1>{model.title}</h1>
      <p>{t("mydata.intro")}</p>
      <h2>{t("mydata.download.title")}</h2>
      <div className="actions">
        <button type="button" className="button" disabled={making === "pdf"} onClick={() => void pdf()}>
          {t("mydata.download.pdf")}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() =>
            downloadBlob(
              new Blob([JSON.stringify(data, null, 2)], { type: "application/json" }),
              fileName(data.generatedAt, "json"),
            )
          }
        >
          {t("mydata.download.json")}
        </button>
      </div>
      <p className="hint">{t("mydata.download.jsonHint")}</p>
      {making === "pdf" && <p role="status">{t("mydata.download.making")}</p>}
      {making === "failed" && <p role="alert">{t("mydata.download.failed")}</p>}
      <p>
        <Link to="/account/consents">{t("mydata.links.consents")}</Link>
        {" · "}
        <Link to="/account/access-log">{t("mydata.links.log")}</Link>
      </p>
      <DataSections model={model} />
    </>
  );
}

/** The model's sections as headings and lists of label and value. */
function DataSections({ model }: { model: DataModel }) {
  return model.sections.map((section) => (
    <section key={section.id} aria-labelledby={`data-${section.id}`} className="data-section">
      <h2 id={`data-${section.id}`}>{section.title}</h2>
      {section.blocks.length === 0 && <p>{section.empty}</p>}
      {section.blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the blocks of a section keep their order
        <DataBlockView key={i} block={block} />
      ))}
    </section>
  ));
}

/** A block of the model: its heading, and each thing held with what it is. */
export function DataBlockView({ block }: { block: DataBlock }) {
  return (
    <>
      {block.heading && <h3 dir="auto">{block.heading}</h3>}
      <dl className="summary">
        {block.rows.map((row, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: two rows may share a label
          <div className="summary-row" key={j}>
            <dt>{row.label}</dt>
            <dd dir="auto">{row.value}</dd>
          </div>
        ))}
      </dl>
    </>
  );
}
