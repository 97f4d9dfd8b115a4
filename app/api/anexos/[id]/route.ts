import { getCurrentUser } from "@/lib/auth/session";
import { openAttachment } from "@/lib/attachments/downloads";

/**
 * GET /api/anexos/:id: the file, always as a download (never rendered by the browser as a page of
 * ours), with the type detected at upload and nosniff. 404 for anyone who may not see it.
 */
export async function GET(_request: Request, { params }: RouteContext<"/api/anexos/[id]">) {
  const user = await getCurrentUser();
  if (!user) return new Response("Entre no portal para baixar anexos.", { status: 401 });
  const result = await openAttachment(user, (await params).id);
  if (!result.ok) return new Response(result.message, { status: 404 });
  const { fileName, contentType, bytes } = result.value;
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": contentType,
      "Content-Length": String(bytes.length),
      "Content-Disposition": contentDisposition(fileName),
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "sandbox",
      "Cache-Control": "private, no-store",
    },
  });
}

/** RFC 6266: an ASCII fallback name plus the real one, UTF-8 encoded (RFC 5987). */
function contentDisposition(fileName: string): string {
  const ascii =
    fileName
      .normalize("NFD")
      .replace(/[^\x20-\x7e]/g, "")
      .replace(/["\\]/g, "") || "arquivo";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
