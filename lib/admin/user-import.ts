import "server-only";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { refuse } from "@/lib/refusal";
import { invalid, ok, type ServiceResult } from "@/lib/result";
import type { Actor } from "@/lib/tickets/actor";
import { fieldErrorsOf } from "@/lib/validation";
import { requireAdmin } from "./admin-only";
import { audit } from "./audit";
import { refusingConcurrentDuplicates } from "./saved-meanwhile";
import { auditedUser, rowOf } from "./user-rows";
import { userInput, type UserData } from "./user-schema";

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
  requireAdmin(actor, "user.import");
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
    refuse(invalid({ file: `Não foi possível ler o CSV: ${String((error as Error).message)}` }));
  }
  const missing = IMPORT_COLUMNS.filter((c) => records.length > 0 && !(c in records[0]!));
  if (records.length === 0) refuse(invalid({ file: "O arquivo não tem linhas de usuários." }));
  if (missing.length > 0) refuse(invalid({ file: `Faltam as colunas: ${missing.join(", ")}.` }));

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

  // A user saved by another admin since the rows were checked refuses the whole file, as a message.
  return refusingConcurrentDuplicates(() =>
    db.$transaction(async (tx) => {
      for (const data of accepted) {
        const user = await tx.user.create({ data: rowOf(data), select: auditedUser });
        await audit(tx, actor.id, {
          action: "user.import",
          entityType: "user",
          entityId: user.id,
          after: user,
        });
      }
      return ok({ imported: accepted.length, refused });
    }),
  );
}
