import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/result";
import { csvDocument } from "@/lib/text/csv";
import { fieldErrorsOf, singleLine } from "@/lib/validation";
import { refusedSupportRead, ticketForSupport } from "./access";
import type { Actor } from "./actor";
import { organizationChoices } from "./queue-options";
import { visibleTicketsWhere } from "./visibility";

const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "Informe a data.")
  .refine((s) => !Number.isNaN(Date.parse(`${s}T12:00:00Z`)), "Informe uma data válida.");

/** "Horas": minutes spent on a ticket, the day, billable or not, a note. */
export const timeEntryInput = z.strictObject({
  ticketId: z.string().min(1).max(100),
  minutes: z.coerce
    .number({ error: "Informe os minutos." })
    .int("Use minutos inteiros.")
    .min(1, "Informe ao menos 1 minuto.")
    .max(24 * 60, "No máximo 24 horas por lançamento."),
  workDate: localDate,
  billable: z.boolean().default(true),
  note: singleLine(500, "A observação").optional(),
});

export async function addTimeEntry(
  actor: Actor,
  input: z.input<typeof timeEntryInput>,
): Promise<ServiceResult<{ id: string }>> {
  const parsed = timeEntryInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const ticket = await ticketForSupport(actor, parsed.data.ticketId);
  if (!ticket) return forbidden();
  const entry = await db.timeEntry.create({
    data: {
      ...parsed.data,
      note: parsed.data.note || null,
      agentId: actor.id,
      organizationId: ticket.organizationId,
    },
    select: { id: true },
  });
  return ok(entry);
}

/** A ticket's entries, newest first, and its totals; support only, nothing for others. */
export async function ticketTime(actor: Actor, ticketId: string) {
  const entries = (await ticketForSupport(actor, ticketId))
    ? await db.timeEntry.findMany({
        where: { ticketId },
        include: { agent: { select: { name: true } } },
        orderBy: [{ workDate: "desc" }, { createdAt: "desc" }],
      })
    : [];
  const total = entries.reduce((sum, e) => sum + e.minutes, 0);
  const billable = entries.filter((e) => e.billable).reduce((sum, e) => sum + e.minutes, 0);
  return { entries, total, billable };
}

/** The organizations the billing export offers: every one, to support; none to a requester. */
export async function billingOrganizations(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (await refusedSupportRead(actor, "billing.organizations")) return [];
  return organizationChoices();
}

const billingInput = z.strictObject({
  organizationId: z.string().min(1, "Escolha a organização.").max(100),
  from: localDate,
  to: localDate,
});

/**
 * The CSV of an organization's time entries in a period, for billing: one line per entry, with
 * the tickets the actor may see.
 */
export async function billingCsv(
  actor: Actor,
  input: z.input<typeof billingInput>,
): Promise<ServiceResult<{ fileName: string; csv: string }>> {
  // Logged time is support's business, even on tickets a requester can see.
  // Answered, not thrown: nothing was written, and the export route reads the result itself.
  if (await refusedSupportRead(actor, "billing.csv")) return forbidden();
  const parsed = billingInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { organizationId, from, to } = parsed.data;
  const entries = await db.timeEntry.findMany({
    where: {
      organizationId,
      workDate: { gte: from, lte: to },
      ticket: visibleTicketsWhere(actor),
    },
    include: {
      agent: { select: { name: true } },
      ticket: { select: { number: true, organization: { select: { name: true } } } },
    },
    orderBy: [{ workDate: "asc" }, { createdAt: "asc" }],
  });
  const header = [
    "Data",
    "Número",
    "Organização",
    "Analista",
    "Minutos",
    "Horas",
    "Faturável",
    "Observação",
  ];
  const lines = entries.map((e) => [
    e.workDate,
    e.ticket.number,
    e.ticket.organization.name,
    e.agent.name,
    String(e.minutes),
    (e.minutes / 60).toFixed(2).replace(".", ","),
    e.billable ? "Sim" : "Não",
    e.note ?? "",
  ]);
  return ok({ fileName: `horas-${from}-a-${to}.csv`, csv: csvDocument([header, ...lines]) });
}
