import { interfaceLanguages, questionTopics } from "@homecoming/domain/values";
import { type FormEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams, useSearchParams } from "react-router";
import { intlLocale, languages } from "../../i18n/languages";
import { useOwn } from "../account/useOwn";
import {
  ApiError,
  answerQuestion,
  askQuestion,
  communityQuestion,
  findQuestions,
  type Language,
  myQuestions,
  type PublicQuestion,
  type PublicQuestionDetail,
  type QuestionTopic,
  signedIn,
} from "../api";
import { ErrorSummary, Field, type Problem, problemOf, Select } from "../forms";
import { useLazyWords } from "../i18n";
import { useTitle } from "../useTitle";

const pageSize = 20;
const languageName = (code: string) => languages.find((l) => l.code === code)?.name ?? code;

/** Who answered, as an organisation: "MRC Dhaka", or "a returnee MRC Dhaka trusts". */
function useAnswerer() {
  const { t } = useTranslation();
  return (a: PublicQuestionDetail["answerList"][number]) =>
    a.by === "staff"
      ? t("together.board.byStaff", { organisation: a.organisationName ?? "" })
      : t("together.board.byReturnee", { organisation: a.organisationName ?? "" });
}

/** The board's published questions, searched by words, topic and language (the reader's by default). */
export function Questions() {
  const { t, i18n } = useTranslation();
  const ready = useLazyWords("together");
  const [params, setParams] = useSearchParams();
  const q = params.get("q") ?? "";
  const topic = (params.get("topic") ?? "") as QuestionTopic | "";
  const language = params.get("language") ?? i18n.language;
  const [words, setWords] = useState(q);
  const [found, setFound] = useState<{ items: PublicQuestion[]; total: number } | null>(null);
  const [shown, setShown] = useState(pageSize);
  useTitle(t("together.board.title"));
  useEffect(() => {
    void findQuestions({
      limit: shown,
      offset: 0,
      ...(q ? { q } : {}),
      ...(topic ? { topic } : {}),
      ...(language !== "all" ? { language: language as Language } : {}),
    }).then(setFound);
  }, [q, topic, language, shown]);
  if (!ready) return null;
  const search = (e: FormEvent) => {
    e.preventDefault();
    const next = new URLSearchParams(params);
    if (words.trim()) next.set("q", words.trim());
    else next.delete("q");
    setParams(next);
  };
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };
  return (
    <>
      <Link className="back" to="/community">
        {t("portal.back")}
      </Link>
      <h1>{t("together.board.title")}</h1>
      <p>
        <Link to="/community/ask" className="button">
          {t("together.board.ask")}
        </Link>
      </p>
      <form noValidate onSubmit={search}>
        <Field
          id="q"
          type="search"
          wide
          label={t("together.board.search")}
          value={words}
          onChange={setWords}
          problems={[]}
        />
        <div className="actions">
          <button type="submit" className="button button-secondary">
            {t("portal.search")}
          </button>
        </div>
      </form>
      <div className="filters">
        <label className="label" htmlFor="topic">
          {t("together.board.topic")}
        </label>
        <select
          id="topic"
          className="input select"
          value={topic}
          onChange={(e) => set("topic", e.currentTarget.value)}
        >
          <option value="">{t("together.board.allTopics")}</option>
          {questionTopics.map((value) => (
            <option key={value} value={value}>
              {t(`together.topics.${value}`)}
            </option>
          ))}
        </select>
        <label className="label" htmlFor="language">
          {t("together.board.language")}
        </label>
        <select
          id="language"
          className="input select"
          value={language}
          onChange={(e) => set("language", e.currentTarget.value)}
        >
          <option value="all">{t("together.board.allLanguages")}</option>
          {interfaceLanguages.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </select>
      </div>
      {found && <p role="status">{t("together.board.found", { count: found.total })}</p>}
      <ul className="offers">
        {found?.items.map((question) => (
          <li key={question.id} className="offer">
            <h2 className="offer-title">
              <Link to={`/community/questions/${question.id}`} lang={question.language}>
                {question.title}
              </Link>
            </h2>
            <p>
              <span className="tag">{t(`together.topics.${question.topic}`)}</span>{" "}
              {t("together.board.answers", { count: question.answers })}
            </p>
          </li>
        ))}
      </ul>
      {found && found.items.length < found.total && (
        <button
          type="button"
          className="button button-secondary"
          onClick={() => setShown((n) => n + pageSize)}
        >
          {t("together.board.more")}
        </button>
      )}
    </>
  );
}

/** A published question with its answers; a returnee a centre trusts answers it here. */
export function QuestionPage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const ready = useLazyWords("together");
  const [question, setQuestion] = useState<PublicQuestionDetail | null>(null);
  const [missing, setMissing] = useState(false);
  const [trusted, setTrusted] = useState(false);
  const [body, setBody] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  const answerer = useAnswerer();
  const day = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium" });
  useTitle(question?.title ?? t("together.board.title"), problems.length > 0);
  const load = () =>
    communityQuestion(id).then(setQuestion, (error: unknown) => {
      if (error instanceof ApiError && error.status === 404) setMissing(true);
    });
  // biome-ignore lint/correctness/useExhaustiveDependencies: loaded again for another question
  useEffect(() => {
    void load();
    if (signedIn())
      void myQuestions().then(
        (mine) => setTrusted(mine.trustedBy !== null),
        () => undefined,
      );
  }, [id]);
  if (!ready) return null;
  if (missing) return <h1>{t("together.board.missing")}</h1>;
  if (!question) return null;
  const answer = async (e: FormEvent) => {
    e.preventDefault();
    setBusy(true);
    try {
      await answerQuestion(id, body);
      setBody("");
      setProblems([]);
      await load();
    } catch (error) {
      setProblems([problemOf(error, "body")]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Link className="back" to="/community/questions">
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <div lang={question.language}>
        <h1>{question.title}</h1>
        <p className="question-body">{question.body}</p>
      </div>
      <p>
        <span className="tag">{t(`together.topics.${question.topic}`)}</span>{" "}
        {question.publishedAt ? day.format(new Date(question.publishedAt)) : ""}
      </p>
      <h2>{t("together.board.answers", { count: question.answerList.length })}</h2>
      <ul className="offers">
        {question.answerList.map((a) => (
          <li key={a.id} className="offer">
            <p dir="auto" className="question-body">
              {a.body}
            </p>
            <p className="hint">
              {answerer(a)} · {day.format(new Date(a.createdAt))}
            </p>
          </li>
        ))}
      </ul>
      {trusted && (
        <form noValidate onSubmit={(e) => void answer(e)}>
          <Field
            id="body"
            multiline
            wide
            label={t("together.board.yourAnswer")}
            value={body}
            onChange={setBody}
            problems={problems}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={busy}>
              {t("together.board.send")}
            </button>
          </div>
        </form>
      )}
    </>
  );
}

/** Ask the board: the topic, the question in one line, then what others should know; a moderator reads it first. */
export function Ask() {
  const { t, i18n } = useTranslation();
  const ready = useLazyWords("together");
  const navigate = useNavigate();
  const [topic, setTopic] = useState<QuestionTopic | undefined>();
  const [title, setTitle] = useState("");
  const [body, setBody] = useState("");
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  useTitle(t("together.ask.title"), problems.length > 0);
  useEffect(() => {
    if (!signedIn()) navigate("/sign-in", { replace: true });
  }, [navigate]);
  if (!ready) return null;
  const send = async (e: FormEvent) => {
    e.preventDefault();
    const missing: Problem[] = [];
    if (!topic) missing.push({ id: "topic", message: t("together.ask.topicRequired") });
    if (missing.length) return setProblems(missing);
    setBusy(true);
    try {
      await askQuestion({ topic: topic!, title, body, language: i18n.language as Language });
      navigate("/community/mine", { state: { asked: true } });
    } catch (error) {
      setProblems([problemOf(error, "title")]);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Link className="back" to="/community/questions">
        {t("portal.back")}
      </Link>
      <ErrorSummary problems={problems} />
      <h1>{t("together.ask.title")}</h1>
      <p>{t("together.ask.intro")}</p>
      <form noValidate onSubmit={(e) => void send(e)}>
        <Select
          id="topic"
          label={t("together.board.topic")}
          options={questionTopics.map((value) => ({ value, label: t(`together.topics.${value}`) }))}
          value={topic}
          onChange={setTopic}
          problems={problems}
        />
        <Field
          id="title"
          wide
          label={t("together.ask.question")}
          hint={t("together.ask.questionHint")}
          value={title}
          onChange={setTitle}
          problems={problems}
        />
        <Field
          id="body"
          multiline
          wide
          label={t("together.ask.body")}
          hint={t("together.ask.bodyHint")}
          value={body}
          onChange={setBody}
          problems={problems}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={busy}>
            {t("together.ask.send")}
          </button>
        </div>
      </form>
    </>
  );
}

/** The returnee's own questions, whatever became of them (why one was not published), and their answers. */
export function Mine() {
  const { t, i18n } = useTranslation();
  const ready = useLazyWords("together");
  const { value: mine } = useOwn(myQuestions, "mine");
  const answerer = useAnswerer();
  const day = new Intl.DateTimeFormat(intlLocale(i18n.language), { dateStyle: "medium" });
  const asked = (useLocation().state as { asked?: boolean } | null)?.asked;
  useTitle(t("together.mine.title"));
  if (!ready || !mine) return null;
  return (
    <>
      <Link className="back" to="/community">
        {t("portal.back")}
      </Link>
      <h1>{t("together.mine.title")}</h1>
      {asked && (
        <p className="notice" role="status">
          {t("together.ask.done")}
        </p>
      )}
      {mine.trustedBy && <p>{t("together.mine.trusted", { organisation: mine.trustedBy })}</p>}
      {mine.items.length === 0 && <p>{t("together.mine.none")}</p>}
      <ul className="offers">
        {mine.items.map((q) => (
          <li key={q.id} className="offer">
            <h2 className="offer-title" lang={q.language}>
              {q.status === "published" ? (
                <Link to={`/community/questions/${q.id}`}>{q.title}</Link>
              ) : (
                q.title
              )}
            </h2>
            <p>
              <span className="tag">{t(`together.status.${q.status}`)}</span>{" "}
              {day.format(new Date(q.createdAt))}
            </p>
            {q.moderationReason && (
              <p dir="auto">{t("together.mine.reason", { reason: q.moderationReason })}</p>
            )}
            {q.answerList.map((a) => (
              <p key={a.id} dir="auto">
                {a.body} <span className="hint">({answerer(a)})</span>
              </p>
            ))}
          </li>
        ))}
      </ul>
      <p>
        <Link to="/community/ask" className="button">
          {t("together.board.ask")}
        </Link>
      </p>
    </>
  );
}
