import { revalidatePagePath } from "@/lib/revalidate";
import { readWebhook } from "@/lib/webhook";

/**
 * The CMS's signed webhook (docs/webhooks.md): the public paths it names, and the blog listings
 * below a blog index it names, render again at their next request. Answers the paths.
 */
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.FRONTEND_WEBHOOK_SECRET;
  if (!secret) {
    return Response.json({ message: "FRONTEND_WEBHOOK_SECRET is not set." }, { status: 500 });
  }
  const outcome = readWebhook(secret, await request.text(), request.headers);
  if (outcome.status !== 200) {
    return Response.json({ message: outcome.message }, { status: outcome.status });
  }
  const revalidated = [...new Set(outcome.paths)];
  for (const path of revalidated) {
    revalidatePagePath(path);
  }
  return Response.json({ revalidated });
}
