import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { contentDisposition } from "@/lib/attachments/download-headers";
import { getPortalTime } from "@/lib/time/portal-time";
import { readReportAddress } from "@/lib/reports/filters";
import { loadReport, reportCsv } from "@/lib/reports/reports";
import { REPORT_IDS } from "@/lib/reports/table";

const param = z.string().max(100).optional();
const exportQuery = z.strictObject({
  relatorio: z.enum(REPORT_IDS),
  periodo: param,
  de: param,
  ate: param,
  agrupar: param,
  grupo: param,
  organizacao: param,
  item: param,
  analista: param,
});

/** GET /relatorios/exportar?relatorio=volume&periodo=90d&grupo=…: one report as CSV. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return new Response("Acesso negado.", { status: 403 });
  const parsed = exportQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return new Response("Endereço de exportação inválido.", { status: 400 });
  const { relatorio, ...address } = parsed.data;
  const time = await getPortalTime();
  const { filters, problem } = readReportAddress(address, time.today);
  if (problem) return new Response(problem, { status: 400 });
  // Anyone but support is refused (and the attempt logged) by the reports themselves.
  const table = await loadReport(user, relatorio, filters, time);
  if (!table) return new Response("Acesso negado.", { status: 403 });
  const { fileName, csv } = reportCsv(table, filters);
  return new Response(csv, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": contentDisposition("attachment", fileName),
      "Cache-Control": "private, no-store",
    },
  });
}
