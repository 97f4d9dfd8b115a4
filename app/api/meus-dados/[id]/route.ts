import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { downloadHeaders } from "@/lib/attachments/download-headers";
import { takeExportFile } from "@/lib/privacy/export";

/** The whole request in one strict schema: the export's random id and the file wanted. */
const downloadInput = z.strictObject({
  id: z.string().regex(/^[A-Za-z0-9_-]{32}$/),
  formato: z.enum(["json", "html"]),
});

/**
 * GET /api/meus-dados/:id?formato=json|html: one file of the signed-in person's data export,
 * once (it is deleted as it goes out). Someone else's export, a used one and a made-up id all
 * get the same 404; the file is always saved, never shown in the portal's origin.
 */
export async function GET(request: Request, { params }: RouteContext<"/api/meus-dados/[id]">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Entre no portal para baixar seus dados.", { status: 401 });
  const query = Object.fromEntries(new URL(request.url).searchParams);
  const input = downloadInput.safeParse({ ...query, id: (await params).id });
  if (!input.success) return new Response("Arquivo não encontrado.", { status: 404 });
  const result = await takeExportFile(user, input.data.id, input.data.formato);
  if (!result.ok) return new Response(result.message, { status: 404 });
  const { bytes, contentType, fileName } = result.value;
  return new Response(Buffer.from(bytes), {
    headers: downloadHeaders({ fileName, contentType, size: bytes.length }),
  });
}
