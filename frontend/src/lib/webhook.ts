import { Webhook, WebhookVerificationError } from "standardwebhooks";

/** What the CMS's signed webhook asks of this front-end, or why it is refused. */
export type WebhookOutcome = { status: 200; paths: string[] } | { status: 400 | 401; message: string };

const SIGNATURE_HEADERS = ["webhook-id", "webhook-timestamp", "webhook-signature"] as const;

/**
 * Checks a delivery as Standard Webhooks signs it (`secret` is the endpoint's `whsec_...`),
 * then reads the public paths it names. `body` is the raw body, exactly as received.
 */
export function readWebhook(secret: string, body: string, headers: Headers): WebhookOutcome {
  const signed: Record<string, string> = {};
  for (const name of SIGNATURE_HEADERS) {
    const value = headers.get(name);
    if (value === null) {
      return { status: 401, message: `Missing header ${name}.` };
    }
    signed[name] = value;
  }
  try {
    new Webhook(secret).verify(body, signed, { jsonParse: false });
  } catch (error) {
    if (error instanceof WebhookVerificationError) {
      return { status: 401, message: `Signature refused: ${error.message}.` };
    }
    throw error;
  }
  let payload: unknown;
  try {
    payload = JSON.parse(body);
  } catch {
    payload = null;
  }
  const paths = pathsOf(payload);
  if (paths === null) {
    return { status: 400, message: 'The body must be JSON with "paths": a list of paths that start with "/".' };
  }
  return { status: 200, paths };
}

function pathsOf(payload: unknown): string[] | null {
  if (typeof payload !== "object" || payload === null || !("paths" in payload)) {
    return null;
  }
  const { paths } = payload;
  if (!Array.isArray(paths) || !paths.every((path) => typeof path === "string" && path.startsWith("/"))) {
    return null;
  }
  return paths as string[];
}
