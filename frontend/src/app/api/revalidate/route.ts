import { revalidatePath } from "next/cache";

import { CATCH_ALL_ROUTE, revalidationFor } from "@/lib/revalidation";
import { readWebhook } from "@/lib/webhook";

/**
 * The CMS's signed webhook (docs/webhooks.md): the public paths it names render again at their
 * next request. Answers the paths, and the route pattern when every page renders again.
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
  const { paths, everyPage } = revalidationFor(outcome.paths, outcome.pageType);
  for (const path of paths) {
    revalidatePath(path);
  }
  if (everyPage) {
    revalidatePath(CATCH_ALL_ROUTE, "page");
  }
  return Response.json({ revalidated: everyPage ? [...paths, CATCH_ALL_ROUTE] : paths });
}
