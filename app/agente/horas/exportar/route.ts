import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/attachments/download-headers";
import { billingCsv } from "@/lib/tickets/time-entries";

/** GET /agente/horas/exportar?organizacao=&de=&ate=: the time entries of a period, as CSV. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Acesso negado.", { status: 403 });
  const query = new URL(request.url).searchParams;
  const result = await billingCsv(user, {
    organizationId: query.get("organizacao") ?? "",
    from: query.get("de") ?? "",
    to: query.get("ate") ?? "",
  });
  // A requester is refused (and the attempt logged) by the service itself.
  if (!result.ok && result.error === "forbidden")
    return new Response(result.message, { status: 403 });
  if (!result.ok) {
    const fields = result.error === "invalid" ? Object.values(result.fieldErrors) : [];
    return new Response(fields.join(" ") || result.message, { status: 400 });
  }
  return new Response(result.value.csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("attachment", result.value.fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
