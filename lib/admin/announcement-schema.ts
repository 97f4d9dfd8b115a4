import { z } from "zod";

/**
 * A "Comunicado" as the admin form edits it: dates as the browser's date inputs give them
 * (local days in Brasília); the announcement shows from the start of `startsOn` until the end
 * of `endsOn` (or until another replaces it). Free of server imports.
 */
export const announcementInput = z
  .object({
    title: z.string().trim().min(1, "Informe o título.").max(200, "Use no máximo 200 caracteres."),
    body: z.string().trim().min(1, "Escreva o texto.").max(5000, "Use no máximo 5.000 caracteres."),
    startsOn: z.iso.date("Informe a data de início."),
    endsOn: z.union([z.literal(""), z.iso.date("Data inválida.")]).default(""),
  })
  .refine((a) => a.endsOn === "" || a.endsOn >= a.startsOn, {
    path: ["endsOn"],
    message: "O fim deve ser no mesmo dia do início ou depois.",
  });

export type AnnouncementFormValues = z.input<typeof announcementInput>;
