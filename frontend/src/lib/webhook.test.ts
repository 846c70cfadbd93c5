import { Webhook } from "standardwebhooks";
import { describe, expect, it } from "vitest";

import { readWebhook } from "./webhook";

const SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
const OTHER_SECRET = "whsec_dGhlIG90aGVyIGVuZHBvaW50J3Mga2V5IQ==";

function signed(body: string, secret = SECRET, sentAt = new Date()): Headers {
  const id = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
  return new Headers({
    "webhook-id": id,
    "webhook-timestamp": String(Math.floor(sentAt.getTime() / 1000)),
    "webhook-signature": new Webhook(secret).sign(id, sentAt, body),
  });
}

const BODY = JSON.stringify({
  event: "page.published",
  page: { id: 7, type: "glossary.GlossaryPage", title: "Cache", url_path: "/glossary/cache/" },
  paths: ["/glossary/cache/", "/glossary/"],
});

describe("readWebhook", () => {
  it("reads the paths of a delivery signed with the secret", () => {
    expect(readWebhook(SECRET, BODY, signed(BODY))).toEqual({
      status: 200,
      paths: ["/glossary/cache/", "/glossary/"],
    });
  });

  it("refuses a signature made with another secret", () => {
    expect(readWebhook(SECRET, BODY, signed(BODY, OTHER_SECRET))).toEqual({
      status: 401,
      message: "Signature refused: No matching signature found.",
    });
  });

  it("refuses a body changed after signing", () => {
    const changed = BODY.replace("/glossary/cache/", "/glossary/");
    expect(readWebhook(SECRET, changed, signed(BODY))).toEqual({
      status: 401,
      message: "Signature refused: No matching signature found.",
    });
  });

  it("refuses a delivery signed more than five minutes ago", () => {
    const sentAt = new Date(Date.now() - 6 * 60 * 1000);
    expect(readWebhook(SECRET, BODY, signed(BODY, SECRET, sentAt))).toEqual({
      status: 401,
      message: "Signature refused: Message timestamp too old.",
    });
  });

  it.each(["webhook-id", "webhook-timestamp", "webhook-signature"])("refuses a delivery without %s", (name) => {
    const headers = signed(BODY);
    headers.delete(name);
    expect(readWebhook(SECRET, BODY, headers)).toEqual({ status: 401, message: `Missing header ${name}.` });
  });

  it.each([
    ["no paths", JSON.stringify({ event: "page.published" })],
    ["paths that are not a list", JSON.stringify({ paths: "/glossary/" })],
    ["a path that is not a string", JSON.stringify({ paths: ["/glossary/", 7] })],
    ["a path that does not start with a slash", JSON.stringify({ paths: ["https://example.com/glossary/"] })],
    ["a body that is not JSON", "paths=/glossary/"],
    ["a JSON list", JSON.stringify(["/glossary/"])],
  ])("answers 400 to a signed body with %s", (_case, body) => {
    expect(readWebhook(SECRET, body, signed(body))).toEqual({
      status: 400,
      message: 'The body must be JSON with "paths": a list of paths that start with "/".',
    });
  });

  it("accepts an empty list of paths", () => {
    const body = JSON.stringify({ paths: [] });
    expect(readWebhook(SECRET, body, signed(body))).toEqual({ status: 200, paths: [] });
  });
});
