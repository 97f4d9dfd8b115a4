import { getCurrentUser } from "@/lib/auth/session";
import { getSettings } from "@/lib/settings";
import { db } from "@/lib/db";
import { stageUploads } from "@/lib/attachments/uploads";

/** Room for the multipart framing around the files. */
const FORM_OVERHEAD = 64 * 1024;

/**
 * POST /api/anexos (multipart, field "files"): stages files for a request or a message, answering
 * { attachments } or { message }. The form sends one file per request so that each shows its own
 * progress; the size is refused from the Content-Length, before the body is read.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user)
    return Response.json({ message: "Sua sessão expirou. Entre novamente." }, { status: 401 });
  const { attachmentMaxMb } = await getSettings(db);
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) {
    return Response.json({ message: "Envio sem tamanho declarado." }, { status: 411 });
  }
  if (length > attachmentMaxMb * 1024 * 1024 + FORM_OVERHEAD) {
    return Response.json(
      { message: `O arquivo é maior que o limite de ${attachmentMaxMb} MB.` },
      { status: 413 },
    );
  }
  const form = await request.formData().catch(() => null);
  const files = (form?.getAll("files") ?? []).filter((f): f is File => f instanceof File);
  const result = await stageUploads(
    user,
    await Promise.all(
      files.map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    ),
  );
  if (!result.ok) return Response.json({ message: result.message }, { status: 400 });
  return Response.json({ attachments: result.value });
}
