import { draftMode } from "next/headers";
import type { NextRequest } from "next/server";

import { exitTarget } from "@/lib/preview";

/** "Exit preview": this browser reads the published site again, from the page it was previewing. */
export async function GET(request: NextRequest): Promise<Response> {
  (await draftMode()).disable();
  return new Response(null, { status: 307, headers: { Location: exitTarget(request.nextUrl.searchParams.get("to")) } });
}
