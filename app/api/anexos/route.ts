import { getCurrentUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/client-address";
import { getPortalSettings } from "@/lib/portal-settings";
import type { PortalSettings } from "@/lib/settings";
import { recordSecurityEvent } from "@/lib/security/events";
import { stageUploads } from "@/lib/attachments/uploads";
import { multipartFiles, NotAForm } from "@/lib/attachments/multipart";
import { BodyRefused, limitBody, uploadBodyLimits } from "@/lib/attachments/read-body";

const REFUSALS: Record<BodyRefused["reason"], (s: PortalSettings) => string> = {
  "too-large": (s) => `O arquivo é maior que o limite de ${s.attachmentMaxMb} MB.`,
  "too-slow": (s) =>
    `O envio ficou abaixo de ${s.uploadMinKbps} kbit/s e foi interrompido. Verifique sua conexão e tente de novo.`,
  timeout: (s) =>
    `O envio passou de ${s.uploadTimeoutSeconds} segundos e foi interrompido. Tente de novo com uma conexão melhor.`,
};

/**
 * POST /api/anexos (multipart, one field "files": one file per request from the form, several
 * from a script): stages files for a request or a message, answering { attachments } or
 * { message }. The body streams through the settings' size, speed and time limits
 * (lib/attachments/read-body.ts) and the multipart parser straight into storage, file by file;
 * a refused or cut-off upload leaves nothing stored.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { message: "Sua sessão expirou. Entre novamente." });
  const settings = await getPortalSettings();
  const limits = uploadBodyLimits(settings);
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) return answer(411, { message: "Envio sem tamanho declarado." });
  try {
    if (length > limits.maxBytes) throw new BodyRefused("too-large");
    const type = request.headers.get("content-type") ?? "";
    const result = await stageUploads(user, multipartFiles(type, limitBody(request.body, limits)));
    if (!result.ok) {
      const files = result.error === "invalid" ? result.fieldErrors.files : undefined;
      return answer(400, { message: files ?? result.message });
    }
    return answer(200, { attachments: result.value });
  } catch (error) {
    if (error instanceof NotAForm) return answer(400, { message: "Escolha ao menos um arquivo." });
    if (!(error instanceof BodyRefused)) throw error;
    await recordSecurityEvent({
      kind: "upload.refused",
      actorId: user.id,
      subject: "/api/anexos",
      address: await clientAddress(),
      detail: `${error.reason} (${length} bytes declared)`,
    });
    return answer(error.reason === "too-large" ? 413 : 408, {
      message: REFUSALS[error.reason](settings),
    });
  }
}

function answer(status: number, body: object): Response {
  // A cut-off upload's remaining bytes are not worth reading: the connection ends here.
  const headers: HeadersInit = status === 408 || status === 413 ? { Connection: "close" } : {};
  return Response.json(body, { status, headers });
}
