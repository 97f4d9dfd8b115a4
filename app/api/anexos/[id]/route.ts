import { Readable } from "node:stream";
import { getCurrentUser } from "@/lib/auth/session";
import { openAttachment } from "@/lib/attachments/downloads";
import { downloadHeaders } from "@/lib/attachments/download-headers";
import { discardStagedUpload } from "@/lib/attachments/staging";

/**
 * GET /api/anexos/:id: the file, streamed, under the name and type detected at upload; shown by the browser
 * only when it is a plain image or a PDF, otherwise saved (downloadHeaders). 404 for anyone who
 * may not see it; signed out, only a public article's files are there (401 for anything else).
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/anexos/[id]">) {
  const user = await getCurrentUser();
  const result = await openAttachment(user, (await params).id);
  if (!result.ok && !user)
    return new Response("Entre no portal para baixar anexos.", { status: 401 });
  if (!result.ok) return new Response(result.message, { status: 404 });
  const { fileName, contentType, stream, size } = result.value;
  // Streamed from storage as the client reads; a client that goes away ends the read.
  return new Response(Readable.toWeb(stream) as ReadableStream<Uint8Array>, {
    headers: downloadHeaders({ fileName, contentType, size }),
  });
}

/** DELETE /api/anexos/:id: the uploader takes back a staged file (204), freeing their quota. */
export async function DELETE(_request: Request, { params }: RouteContext<"/api/anexos/[id]">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Sua sessão expirou. Entre novamente.", { status: 401 });
  const result = await discardStagedUpload(user, (await params).id);
  if (!result.ok) return new Response(result.message, { status: 404 });
  return new Response(null, { status: 204 });
}
