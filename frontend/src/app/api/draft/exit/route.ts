import { draftMode } from "next/headers";

/** "Exit preview": this browser reads the published site again. */
export async function GET(): Promise<Response> {
  (await draftMode()).disable();
  return new Response(null, { status: 307, headers: { Location: "/" } });
}
