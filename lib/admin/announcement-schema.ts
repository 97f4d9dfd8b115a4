import { z } from "zod";
import { multiLine, singleLine } from "@/lib/validation";

/**
 * A "Comunicado" as the admin form edits it: dates as the browser's date inputs give them (the
 * portal's local days, lib/time/zone.ts); the announcement shows from the start of `startsOn`
 * until the end of `endsOn` (or until another replaces it). Free of server imports.
 */
export const announcementInput = z
  .strictObject({
    title: singleLine(200, "O título").min(1, "Informe o título."),
    body: multiLine(5000, "O texto").trim().min(1, "Escreva o texto."),
    startsOn: z.iso.date("Informe a data de início."),
    endsOn: z.union([z.literal(""), z.iso.date("Data inválida.")]).default(""),
  })
  .refine((a) => a.endsOn === "" || a.endsOn >= a.startsOn, {
    path: ["endsOn"],
    message: "O fim deve ser no mesmo dia do início ou depois.",
  });

export type AnnouncementFormValues = z.input<typeof announcementInput>;
export type AnnouncementData = z.output<typeof announcementInput>;
