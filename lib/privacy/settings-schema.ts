import { z } from "zod";

/**
 * The privacy settings' form (admin): the notice, the controller's contact and the retention
 * periods. Shared by the form (react-hook-form) and the service; free of server imports.
 */
const days = (label: string, max: number) =>
  z.coerce
    .number({ error: `Informe ${label}.` })
    .int(`Use um número inteiro para ${label}.`)
    .min(0, `${label[0]!.toUpperCase()}${label.slice(1)}: no mínimo 0.`)
    .max(max, `${label[0]!.toUpperCase()}${label.slice(1)}: no máximo ${max}.`);

const text = (message: string, max: number) =>
  z.string().trim().min(1, message).max(max, `No máximo ${max} caracteres.`);

export const privacySettingsInput = z.strictObject({
  policyText: text("Escreva a política de privacidade.", 50_000),
  controllerName: text("Informe o controlador dos dados.", 200),
  controllerContact: text("Informe o contato do encarregado de dados.", 500),
  closedAttachmentDays: days("os dias dos anexos de solicitações fechadas", 36_500),
  accessLogDays: days("os dias do registro de acessos", 36_500),
  mailBodyDays: days("os dias do conteúdo dos e-mails", 36_500),
  exportDays: z.coerce
    .number({ error: "Informe os dias do arquivo de dados." })
    .int("Use um número inteiro.")
    .min(1, "O arquivo de dados fica disponível ao menos 1 dia.")
    .max(7, "O arquivo de dados fica disponível no máximo 7 dias."),
  inactiveDays: days("os dias sem acesso para anonimizar", 36_500),
});

export type PrivacySettingsValues = z.input<typeof privacySettingsInput>;
export type PrivacySettingsData = z.output<typeof privacySettingsInput>;
