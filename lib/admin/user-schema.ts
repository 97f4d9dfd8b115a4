import { z } from "zod";
import { parseCpf } from "@/lib/auth/cpf";
import { optionalPhoneSchema } from "@/lib/catalog/fields";

/** A user as the admin edits them; shared by the form, the service and the CSV import. */
export const userInput = z
  .object({
    cpf: z
      .string()
      .trim()
      .transform((value, ctx) => {
        const cpf = parseCpf(value);
        if (!cpf) ctx.addIssue({ code: "custom", message: "CPF inválido." });
        return cpf ?? "";
      }),
    name: z.string().trim().min(1, "Informe o nome.").max(200, "Use no máximo 200 caracteres."),
    email: z.string().trim().toLowerCase().pipe(z.email("Informe um e-mail válido.")),
    phone: optionalPhoneSchema.default(""),
    role: z.enum(["REQUESTER", "AGENT", "ADMIN"], { error: "Escolha o papel." }),
    organizationId: z.string().trim().default(""),
    groupIds: z.array(z.string().min(1)).default([]),
    active: z.boolean().default(true),
  })
  .refine((u) => u.role !== "REQUESTER" || u.organizationId !== "", {
    path: ["organizationId"],
    message: "Usuários máster pertencem a uma organização.",
  });

export type UserFormValues = z.input<typeof userInput>;

export const ROLE_LABELS = {
  REQUESTER: "Usuário máster",
  AGENT: "Analista",
  ADMIN: "Administrador",
};

/** The largest CSV the import accepts (a few thousand rows); next.config.ts lets actions carry it. */
export const CSV_IMPORT_MAX_BYTES = 5_000_000;
export const CSV_TOO_LARGE = "Arquivo grande demais: o limite é de 5 MB. Divida-o em partes.";
