import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/session";
import { clientAddress } from "@/lib/auth/client-address";
import { getPortalSettings } from "@/lib/portal-settings";
import type { PortalSettings } from "@/lib/settings";
import { recordSecurityEvent } from "@/lib/security/events";
import { stageUploads } from "@/lib/attachments/uploads";
import { readBodyWithin, uploadBodyLimits, type BodyRead } from "@/lib/attachments/read-body";
import { API_CSP } from "@/lib/web/security-headers";

/** The form's one field: the files (one per request from the form, several from a script). */
const uploadInput = z.strictObject({
  files: z.array(z.instanceof(File)).min(1, "Escolha ao menos um arquivo."),
});

const REFUSALS: Record<Exclude<BodyRead, { ok: true }>["reason"], (s: PortalSettings) => string> = {
  "too-large": (s) => `O arquivo é maior que o limite de ${s.attachmentMaxMb} MB.`,
  "too-slow": (s) =>
    `O envio ficou abaixo de ${s.uploadMinKbps} kbit/s e foi interrompido. Verifique sua conexão e tente de novo.`,
  timeout: (s) =>
    `O envio passou de ${s.uploadTimeoutSeconds} segundos e foi interrompido. Tente de novo com uma conexão melhor.`,
};

/**
 * POST /api/anexos (multipart, field "files"): stages files for a request or a message, answering
 * { attachments } or { message }. The body is read here under the settings' size, speed and time
 * limits (lib/attachments/read-body.ts), in memory: a refused upload stores nothing. proxy.ts
 * leaves this route alone (it would buffer the body first), so its headers are set here.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { message: "Sua sessão expirou. Entre novamente." });
  const settings = await getPortalSettings();
  const limits = uploadBodyLimits(settings);
  const length = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(length)) return answer(411, { message: "Envio sem tamanho declarado." });
  const body =
    length > limits.maxBytes
      ? ({ ok: false, reason: "too-large" } as const)
      : await readBodyWithin(request.body, limits);
  if (!body.ok) {
    await recordSecurityEvent({
      kind: "upload.refused",
      actorId: user.id,
      subject: "/api/anexos",
      address: await clientAddress(),
      detail: `${body.reason} (${length} bytes declared)`,
    });
    return answer(body.reason === "too-large" ? 413 : 408, {
      message: REFUSALS[body.reason](settings),
    });
  }
  const input = uploadInput.safeParse(await formFields(request, body.bytes));
  if (!input.success) return answer(400, { message: "Escolha ao menos um arquivo." });
  const result = await stageUploads(
    user,
    await Promise.all(
      input.data.files.map(async (file) => ({
        name: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
      })),
    ),
  );
  if (!result.ok) return answer(400, { message: result.message });
  return answer(200, { attachments: result.value });
}

/** The multipart fields, each as the list of its values; null when the body is not a form. */
async function formFields(request: Request, bytes: Uint8Array) {
  const type = request.headers.get("content-type") ?? "";
  const form = await new Response(Buffer.from(bytes), { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
  if (!form) return null;
  return Object.fromEntries([...new Set(form.keys())].map((key) => [key, form.getAll(key)]));
}

function answer(status: number, body: object): Response {
  const headers = {
    "Content-Security-Policy": API_CSP,
    // A cut-off upload's remaining bytes are not worth reading: the connection ends here.
    ...(status === 408 || status === 413 ? { Connection: "close" } : {}),
  };
  return Response.json(body, { status, headers });
}
