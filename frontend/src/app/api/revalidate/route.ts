import { revalidatePath } from "next/cache";

import { pathsToRevalidate } from "@/lib/revalidation";
import { readWebhook } from "@/lib/webhook";

/** The CMS's webhook: after a publish, unpublish, move or delete, the public paths it names render again. */
export async function POST(request: Request): Promise<Response> {
  const secret = process.env.FRONTEND_WEBHOOK_SECRET;
  if (!secret) {
    return Response.json({ message: "FRONTEND_WEBHOOK_SECRET is not set." }, { status: 500 });
  }
  const outcome = readWebhook(secret, await request.text(), request.headers);
  if (outcome.status !== 200) {
    return Response.json({ message: outcome.message }, { status: outcome.status });
  }
  const revalidated = pathsToRevalidate(outcome.paths);
  for (const path of revalidated) {
    revalidatePath(path);
  }
  return Response.json({ revalidated });
}
