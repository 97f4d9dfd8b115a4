import { z } from "zod";
import { ALL_FILE_KINDS } from "@/lib/attachments/file-kinds";
import { DEFAULT_SETTINGS } from "@/lib/settings";

/**
 * The settings form's schema, shared by the admin form (react-hook-form) and the service that
 * saves it. Free of server imports.
 */
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use o formato 08:00.");
const whole = (label: string, min: number, max: number) =>
  z.coerce
    .number({ error: `Informe ${label}.` })
    .int(`Use um número inteiro para ${label}.`)
    .min(min, `${label[0]!.toUpperCase()}${label.slice(1)}: no mínimo ${min}.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)}: no máximo ${max}.`);

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("pt-BR", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const settingsInput = z
  .strictObject({
    autoCloseDays: whole("os dias para fechar sozinha", 1, 90),
    autoCloseReminderDays: whole("os dias do lembrete antes de fechar", 0, 89),
    infoReminderDays: whole("os dias úteis até o lembrete de informações", 0, 60),
    infoCloseDays: whole("os dias úteis até fechar sem retorno", 0, 60),
    attachmentMaxMb: whole("o tamanho máximo (MB)", 1, 100),
    attachmentsPerTicket: whole("o número de anexos", 1, 100),
    attachmentKinds: z
      .array(z.enum(ALL_FILE_KINDS), { error: "Escolha ao menos um tipo de arquivo." })
      .min(1, "Escolha ao menos um tipo de arquivo."),
    stagingQuotaMb: whole("o espaço para anexos ainda não enviados (MB)", 1, 1000),
    stagingQuotaFiles: whole("o número de anexos ainda não enviados", 1, 200),
    uploadMinKbps: whole("a velocidade mínima de envio (kbit/s)", 1, 10_000),
    uploadTimeoutSeconds: whole("o tempo máximo de envio (segundos)", 10, 3600),
    slaFirstResponseMinutes: whole("o prazo de primeira resposta", 1, 100_000),
    slaResolutionMinutes: whole("o prazo de solução", 1, 1_000_000),
    slaPausedAwaitingSupport: z.boolean(),
    businessDays: z
      .array(z.coerce.number().int().min(1).max(7))
      .min(1, "Escolha ao menos um dia útil."),
    businessStart: time,
    businessEnd: time,
    timeZone: z
      .string()
      .trim()
      .refine(isTimeZone, `Fuso horário desconhecido (ex.: ${DEFAULT_SETTINGS.timeZone}).`),
  })
  .refine((s) => s.businessEnd > s.businessStart, {
    path: ["businessEnd"],
    message: "O fim do expediente deve ser depois do início.",
  })
  // A reminder as early as the solution itself would say nothing the solution's e-mail did not.
  .refine((s) => s.autoCloseReminderDays < s.autoCloseDays, {
    path: ["autoCloseReminderDays"],
    message: "O lembrete deve vir antes do fechamento: use menos dias que para fechar sozinha.",
  });

export type SettingsFormValues = z.input<typeof settingsInput>;
export type SettingsData = z.output<typeof settingsInput>;

export const WEEKDAY_LABELS = ["Seg", "Ter", "Qua", "Qui", "Sex", "Sáb", "Dom"] as const;

export const holidayInput = z.strictObject({
  date: z.iso.date("Informe a data."),
  name: z.string().trim().min(1, "Informe o nome do feriado.").max(100),
});

export type HolidayData = z.output<typeof holidayInput>;

/** "Remover" of a holiday: the day it is on. */
export const removedHoliday = z.strictObject({ date: z.iso.date("Data inválida.") });
