import { z } from "zod";
import { parseCpf } from "@/lib/auth/cpf";
import { ROLES } from "@/lib/auth/roles";
import { optionalPhoneSchema } from "@/lib/catalog/fields";
import { singleLine } from "@/lib/validation";

/** Ids of organizations and groups as the form sends them (cuid; empty for "none"). */
const idText = z.string().trim().max(64, "Registro inválido.");

/**
 * A user as the admin edits them; shared by the form, the service and the CSV import. Strict:
 * an unknown key is refused, and a CPF is a string (formatted or not), never a number or a list.
 */
export const userInput = z
  .strictObject({
    cpf: z
      .string()
      .trim()
      .max(20, "CPF inválido.")
      .transform((value, ctx) => {
        const cpf = parseCpf(value);
        if (!cpf) ctx.addIssue({ code: "custom", message: "CPF inválido." });
        return cpf ?? "";
      }),
    name: singleLine(200, "O nome").min(1, "Informe o nome."),
    email: singleLine(254, "O e-mail").toLowerCase().pipe(z.email("Informe um e-mail válido.")),
    phone: z.string().max(30, "Telefone inválido.").pipe(optionalPhoneSchema).default(""),
    role: z.enum(ROLES, { error: "Escolha o papel." }),
    organizationId: idText.default(""),
    groupIds: z.array(idText.min(1)).max(100, "Grupos demais.").default([]),
    /** "Gestor da organização": the organizations whose every ticket this requester reads. */
    managedOrganizationIds: z
      .array(idText.min(1))
      .max(1000, "Organizações demais.")
      .default([])
      .transform((ids) => [...new Set(ids)]),
    active: z.boolean().default(true),
  })
  .refine((u) => u.role !== "REQUESTER" || u.organizationId !== "", {
    path: ["organizationId"],
    message: "Usuários máster pertencem a uma organização.",
  });

export type UserFormValues = z.input<typeof userInput>;
export type UserData = z.output<typeof userInput>;

/** The largest CSV the import accepts (a few thousand rows); next.config.ts lets actions carry it. */
export const CSV_IMPORT_MAX_BYTES = 5_000_000;
export const CSV_TOO_LARGE = "Arquivo grande demais: o limite é de 5 MB. Divida-o em partes.";
