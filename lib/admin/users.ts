import "server-only";
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { db, type Tx } from "@/lib/db";
import { requestPasswordReset } from "@/lib/auth/password-reset";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { fieldErrorsOf } from "@/lib/validation";
import { refuseNonAdmin } from "./admin-only";
import { audit } from "./audit";
import { refusingConcurrentDuplicates } from "./saved-meanwhile";
import { userInput } from "./user-schema";

type UserData = z.output<typeof userInput>;

/** What the audit log keeps of a user (never the password hash). */
const auditedUser = {
  id: true,
  cpf: true,
  name: true,
  email: true,
  phone: true,
  role: true,
  organizationId: true,
  active: true,
  groups: { select: { groupId: true } },
} as const;

/** Organization and groups must exist; groups only for analysts. */
async function checkLinks(tx: Tx, data: UserData): Promise<Record<string, string>> {
  const errors: Record<string, string> = {};
  if (data.organizationId) {
    const found = await tx.organization.count({ where: { id: data.organizationId } });
    if (!found) errors.organizationId = "Organização não encontrada.";
  }
  if (data.groupIds.length > 0) {
    if (data.role !== "AGENT") errors.groupIds = "Só analistas participam de grupos.";
    const found = await tx.supportGroup.count({ where: { id: { in: data.groupIds } } });
    if (found !== new Set(data.groupIds).size) errors.groupIds = "Grupo não encontrado.";
  }
  return errors;
}

/** CPF and e-mail already used by someone else, as field errors. */
async function takenBy(tx: Tx, data: UserData, exceptId?: string): Promise<Record<string, string>> {
  const others = await tx.user.findMany({
    where: {
      OR: [{ cpf: data.cpf }, { email: data.email }],
      ...(exceptId ? { NOT: { id: exceptId } } : {}),
    },
    select: { cpf: true, email: true },
  });
  const errors: Record<string, string> = {};
  if (others.some((u) => u.cpf === data.cpf)) errors.cpf = "Já existe um usuário com este CPF.";
  if (others.some((u) => u.email === data.email))
    errors.email = "Já existe um usuário com este e-mail.";
  return errors;
}

/** Two admins saving the same CPF or e-mail at once: the second is refused by the index. */
const SAVED_MEANWHILE =
  "Outro administrador acabou de salvar este CPF ou e-mail. Confira e tente de novo.";

const rowOf = (data: UserData) => ({
  cpf: data.cpf,
  name: data.name,
  email: data.email,
  phone: data.phone,
  role: data.role,
  organizationId: data.organizationId || null,
  active: data.active,
});

/** Creates a user (no password: they set one through "Primeiro acesso"). */
export async function createUser(
  actor: Actor,
  input: z.input<typeof userInput>,
): Promise<ServiceResult<{ id: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "user.create");
  if (notAdmin) return notAdmin;
  const parsed = userInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return refusingConcurrentDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const problems = {
          ...(await takenBy(tx, parsed.data)),
          ...(await checkLinks(tx, parsed.data)),
        };
        if (Object.keys(problems).length > 0) return invalid(problems);
        const user = await tx.user.create({
          data: {
            ...rowOf(parsed.data),
            groups: { create: parsed.data.groupIds.map((groupId) => ({ groupId })) },
          },
          select: auditedUser,
        });
        await audit(tx, actor.id, {
          action: "user.create",
          entityType: "user",
          entityId: user.id,
          after: user,
        });
        return ok({ id: user.id });
      }),
    SAVED_MEANWHILE,
  );
}

/**
 * Edits a user. Deactivating them or changing their role ends their sessions on their next
 * request (the session version moves on).
 */
export async function updateUser(
  actor: Actor,
  id: string,
  input: z.input<typeof userInput>,
): Promise<ServiceResult<{ id: string }>> {
  const notAdmin = await refuseNonAdmin(actor, "user.update");
  if (notAdmin) return notAdmin;
  const parsed = userInput.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  // An admin who deactivated or demoted themself would be locked out of the console.
  if (id === actor.id && !parsed.data.active) {
    return invalid({ active: "Você não pode desativar o seu próprio usuário." });
  }
  if (id === actor.id && parsed.data.role !== "ADMIN") {
    return invalid({ role: "Você não pode mudar o seu próprio papel." });
  }
  return refusingConcurrentDuplicates(
    () =>
      db.$transaction(async (tx) => {
        const before = await tx.user.findUnique({ where: { id }, select: auditedUser });
        if (!before) return notFound("Usuário não encontrado.");
        const problems = {
          ...(await takenBy(tx, parsed.data, id)),
          ...(await checkLinks(tx, parsed.data)),
        };
        if (Object.keys(problems).length > 0) return invalid(problems);
        const endSessions =
          before.role !== parsed.data.role || (before.active && !parsed.data.active);
        const after = await tx.user.update({
          where: { id },
          data: {
            ...rowOf(parsed.data),
            ...(endSessions ? { sessionVersion: { increment: 1 } } : {}),
            groups: {
              deleteMany: {},
              create: parsed.data.groupIds.map((groupId) => ({ groupId })),
            },
          },
          select: auditedUser,
        });
        await audit(tx, actor.id, {
          action: "user.update",
          entityType: "user",
          entityId: id,
          before,
          after,
        });
        return ok({ id });
      }),
    SAVED_MEANWHILE,
  );
}

/** "Enviar primeiro acesso": the same one-hour link as "Primeiro acesso" on the login page. */
export async function sendFirstAccess(actor: Actor, id: string): Promise<ServiceResult<null>> {
  const notAdmin = await refuseNonAdmin(actor, "user.firstAccess");
  if (notAdmin) return notAdmin;
  const user = await db.user.findUnique({ where: { id }, select: { email: true, active: true } });
  if (!user) return notFound("Usuário não encontrado.");
  if (!user.active) return invalid({}, "Ative o usuário antes de enviar o primeiro acesso.");
  await requestPasswordReset({ email: user.email, address: `admin:${actor.id}` });
  return ok(null);
}

export type ImportReport = {
  imported: number;
  refused: { line: number; cpf: string; reason: string }[];
};

const IMPORT_COLUMNS = ["cpf", "nome", "email", "telefone", "papel", "organizacao"] as const;
const ROLE_NAMES: Record<string, string> = {
  "usuário máster": "REQUESTER",
  requerente: "REQUESTER",
  requester: "REQUESTER",
  analista: "AGENT",
  agent: "AGENT",
  administrador: "ADMIN",
  admin: "ADMIN",
};

/**
 * Imports users from a CSV (header: cpf;nome;email;telefone;papel;organizacao — comma or
 * semicolon; organization by name, CNPJ or IBGE code). Every row is checked first; the valid
 * ones are created together in one transaction and the others reported with their line and
 * reason, so a bad row never leaves the file half-imported.
 */
export async function importUsers(
  actor: Actor,
  csvText: string,
): Promise<ServiceResult<ImportReport>> {
  const notAdmin = await refuseNonAdmin(actor, "user.import");
  if (notAdmin) return notAdmin;
  let records: Record<string, string>[];
  try {
    const delimiter = (csvText.split(/\r?\n/, 1)[0] ?? "").includes(";") ? ";" : ",";
    records = parse(csvText.replace(/^\uFEFF/, ""), {
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      delimiter,
      skip_empty_lines: true,
      trim: true,
    });
  } catch (error) {
    return invalid({ file: `Não foi possível ler o CSV: ${String((error as Error).message)}` });
  }
  const missing = IMPORT_COLUMNS.filter((c) => records.length > 0 && !(c in records[0]!));
  if (records.length === 0) return invalid({ file: "O arquivo não tem linhas de usuários." });
  if (missing.length > 0) return invalid({ file: `Faltam as colunas: ${missing.join(", ")}.` });

  const organizations = await db.organization.findMany({
    select: { id: true, name: true, cnpj: true, ibgeCode: true },
  });
  const orgOf = (text: string) => {
    const key = text.trim().toLowerCase();
    const digits = text.replace(/\D/g, "");
    return organizations.find(
      (o) =>
        o.name.toLowerCase() === key || (digits && (o.cnpj === digits || o.ibgeCode === digits)),
    );
  };
  const existing = await db.user.findMany({ select: { cpf: true, email: true } });
  const takenCpf = new Set(existing.map((u) => u.cpf));
  const takenEmail = new Set(existing.map((u) => u.email));

  const accepted: UserData[] = [];
  const refused: ImportReport["refused"] = [];
  records.forEach((record, index) => {
    const line = index + 2; // the header is line 1
    const org = record.organizacao ? orgOf(record.organizacao) : undefined;
    const parsed = userInput.safeParse({
      cpf: record.cpf ?? "",
      name: record.nome ?? "",
      email: record.email ?? "",
      phone: record.telefone ?? "",
      role: ROLE_NAMES[(record.papel ?? "").toLowerCase()] ?? (record.papel || "REQUESTER"),
      organizationId: org?.id ?? "",
    });
    // The organization first: without it, the row would only say one is missing.
    const reason =
      record.organizacao && !org
        ? "Organização não encontrada."
        : !parsed.success
          ? Object.values(fieldErrorsOf(parsed.error)).join(" ")
          : takenCpf.has(parsed.data.cpf)
            ? "Já existe um usuário com este CPF."
            : takenEmail.has(parsed.data.email)
              ? "Já existe um usuário com este e-mail."
              : null;
    if (reason || !parsed.success) {
      refused.push({ line, cpf: record.cpf ?? "", reason: reason ?? "Linha inválida." });
      return;
    }
    takenCpf.add(parsed.data.cpf);
    takenEmail.add(parsed.data.email);
    accepted.push(parsed.data);
  });

  await db.$transaction(async (tx) => {
    for (const data of accepted) {
      const user = await tx.user.create({ data: rowOf(data), select: auditedUser });
      await audit(tx, actor.id, {
        action: "user.import",
        entityType: "user",
        entityId: user.id,
        after: user,
      });
    }
  });
  return ok({ imported: accepted.length, refused });
}
