import type { SmsSettings } from "../../config";

/** Hands one text message to whoever delivers it. */
export interface SmsGateway {
  /** Written on each message the gateway took. */
  name: string;
  /** Whether messages stay in the outbox for a person to pass on, rather than being handed to a provider. */
  holds: boolean;
  /** Delivers one message; throws with the provider's reason when it refuses. */
  deliver(message: { to: string; text: string }): Promise<void>;
}

/**
 * The built-in gateway: no provider; messages stay in the outbox, where administrators read them (GET
 * /sms-messages) and pass a code on by another way (a call, a visit), so registration works from day one.
 */
export const outboxGateway: SmsGateway = {
  name: "outbox",
  holds: true,
  deliver: async () => {},
};

/** How long a provider may take to take a message. */
const providerTimeoutMs = 10_000;

/**
 * A provider reached over HTTP: each message is POSTed as JSON `{to, text}` (to in E.164), with the token as a
 * bearer token; any 2xx answer means the provider took it. Most SMS providers take this shape directly or
 * through a small relay of the deployment's own.
 */
export function httpGateway(url: string, token: string | undefined): SmsGateway {
  return {
    name: `http ${new URL(url).host}`,
    holds: false,
    async deliver({ to, text }) {
      const response = await fetch(url, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify({ to, text }),
        signal: AbortSignal.timeout(providerTimeoutMs),
      });
      if (!response.ok) {
        const said = (await response.text().catch(() => "")).slice(0, 200);
        throw new Error(`the provider answered ${response.status}${said ? `: ${said}` : ""}`);
      }
    },
  };
}

export function gatewayOf(settings: SmsSettings): SmsGateway {
  return settings.gateway === "http" ? httpGateway(settings.url, settings.token) : outboxGateway;
}
