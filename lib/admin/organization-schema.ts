import { z } from "zod";
import { multiLine, singleLine } from "@/lib/validation";

/** CNPJ check digits (Receita Federal): 14 digits, not all equal. */
export function isValidCnpj(digits: string): boolean {
  if (!/^\d{14}$/.test(digits) || /^(\d)\1{13}$/.test(digits)) return false;
  const check = (length: number) => {
    const weights =
      length === 12
        ? [5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
        : [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2];
    const sum = weights.reduce((s, w, i) => s + w * Number(digits[i]), 0);
    const rest = sum % 11;
    return rest < 2 ? 0 : 11 - rest;
  };
  return check(12) === Number(digits[12]) && check(13) === Number(digits[13]);
}

/**
 * IBGE codes: a state's two digits (11–53), or a municipality's seven, whose last is the check
 * digit of IBGE's algorithm (weights 1,2,1,2,1,2; products' digits summed).
 */
export function isValidIbgeCode(code: string, kind: "MUNICIPALITY" | "STATE"): boolean {
  if (kind === "STATE") return /^\d{2}$/.test(code) && Number(code) >= 11 && Number(code) <= 53;
  if (!/^\d{7}$/.test(code)) return false;
  const sum = [...code.slice(0, 6)].reduce((s, d, i) => {
    const product = Number(d) * (i % 2 === 0 ? 1 : 2);
    return s + Math.floor(product / 10) + (product % 10);
  }, 0);
  return (10 - (sum % 10)) % 10 === Number(code[6]);
}

const digitsOf = (s: string) => s.replace(/\D/g, "");
/** A code as typed (dots, slashes and dashes allowed), bounded before its digits are taken. */
const code = z.string().trim().max(30, "Código inválido.").transform(digitsOf).default("");

/** An organization as the admin edits it: a municipality or a state, with IBGE code or CNPJ. */
export const organizationInput = z
  .strictObject({
    name: singleLine(200, "O nome").min(1, "Informe o nome."),
    kind: z.enum(["MUNICIPALITY", "STATE"], { error: "Escolha município ou estado." }),
    ibgeCode: code,
    cnpj: code,
    active: z.boolean().default(true),
  })
  .superRefine((o, ctx) => {
    if (!o.ibgeCode && !o.cnpj) {
      ctx.addIssue({
        code: "custom",
        path: ["ibgeCode"],
        message: "Informe o código IBGE ou o CNPJ.",
      });
    }
    if (o.ibgeCode && !isValidIbgeCode(o.ibgeCode, o.kind)) {
      ctx.addIssue({
        code: "custom",
        path: ["ibgeCode"],
        message:
          o.kind === "STATE"
            ? "Código IBGE de estado: dois dígitos (11 a 53)."
            : "Código IBGE de município inválido.",
      });
    }
    if (o.cnpj && !isValidCnpj(o.cnpj)) {
      ctx.addIssue({ code: "custom", path: ["cnpj"], message: "CNPJ inválido." });
    }
  });

export type OrganizationFormValues = z.input<typeof organizationInput>;
export type OrganizationData = z.output<typeof organizationInput>;

export const groupInput = z.strictObject({
  name: singleLine(100, "O nome").min(1, "Informe o nome."),
  description: multiLine(500, "A descrição").trim().default(""),
  active: z.boolean().default(true),
  memberIds: z
    .array(z.string().min(1).max(64, "Registro inválido."))
    .max(500, "Membros demais.")
    .default([]),
});

export type GroupFormValues = z.input<typeof groupInput>;
export type GroupData = z.output<typeof groupInput>;
