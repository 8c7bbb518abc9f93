import { accessMatrix, type ProbeContext, type RecordFacts } from "../../../test/access-matrix";

/**
 * Feedback on a service of the side's organisation, which that organisation handles; a fresh one for each
 * call, taken down by an administrator, so that every caller meets it in the status its move needs.
 */
const onFeedback = (c: ProbeContext): RecordFacts => ({
  feedback: { handling: c.organisation, concerned: c.organisation, concernedReads: true },
});

const body = (c: ProbeContext) => ({
  kind: "feedback",
  subject: "service",
  serviceId: c.fx.serviceOf(c.organisation),
  message: "The course was useful and the trainer kind.",
  rating: 4,
  name: "Nasima Akter",
  channel: "phone",
});

async function fresh(c: ProbeContext, then?: "answer") {
  const sent = await c.admin("POST", "/feedback", body(c));
  if (sent.statusCode !== 201) throw new Error(`feedback was not taken: ${sent.body}`);
  const reference = sent.json().reference as string;
  const listed = await c.admin("GET", `/feedback?reference=${reference}`);
  let { id, version } = listed.json().items[0] as { id: string; version: number };
  if (then === "answer") {
    const answered = await c.admin("POST", `/feedback/${id}/answer`, { version, answer: "Thank you." });
    if (answered.statusCode !== 200) throw new Error(`feedback was not answered: ${answered.body}`);
    version = answered.json().version;
  }
  return { id, version, reference };
}

accessMatrix(
  "feedback",
  {
    "POST /feedback": {
      request: (c) => ({ url: "/feedback", body: { ...body(c), channel: "online" } }),
      facts: onFeedback,
    },
    "POST /feedback/status": {
      request: async (c) => ({ url: "/feedback/status", body: { reference: (await fresh(c)).reference } }),
      facts: onFeedback,
    },
    "GET /feedback": {
      request: async (c) => ({ url: `/feedback?reference=${(await fresh(c)).reference}` }),
      facts: onFeedback,
      listed: (body) => (body as { items: unknown[] }).items.length === 1,
    },
    "GET /feedback/:id": {
      request: async (c) => ({ url: `/feedback/${(await fresh(c)).id}` }),
      facts: onFeedback,
    },
    "POST /feedback/:id/triage": {
      request: async (c) => {
        const { id, version } = await fresh(c);
        return { url: `/feedback/${id}/triage`, body: { version, priority: "urgent" } };
      },
      facts: onFeedback,
    },
    "POST /feedback/:id/answer": {
      request: async (c) => {
        const { id, version } = await fresh(c);
        return { url: `/feedback/${id}/answer`, body: { version, answer: "We spoke to the trainer." } };
      },
      facts: onFeedback,
    },
    "POST /feedback/:id/close": {
      request: async (c) => {
        const { id, version } = await fresh(c);
        return { url: `/feedback/${id}/close`, body: { version } };
      },
      facts: onFeedback,
    },
    "POST /feedback/:id/reopen": {
      request: async (c) => {
        const { id, version } = await fresh(c, "answer");
        return { url: `/feedback/${id}/reopen`, body: { version, reason: "The sender called again." } };
      },
      facts: onFeedback,
    },
    "POST /feedback/:id/notes": {
      request: async (c) => ({
        url: `/feedback/${(await fresh(c)).id}/notes`,
        body: { text: "Called back." },
      }),
      facts: onFeedback,
    },
  },
  { records: false },
);
