import pino from "pino";
import { env } from "@/lib/config/env";

/**
 * The portal's one logger: a JSON line per event on standard output (request id, user id,
 * action, duration, outcome), for whatever collects the container's output. Secrets never get
 * here by design (no CPF, token, password or cookie is passed to it); the redaction below is the
 * second line of defence should one slip into an object.
 */
export const log = pino({
  level: env.logLevel,
  base: { service: "portal" },
  timestamp: pino.stdTimeFunctions.isoTime,
  redact: {
    paths: [
      "cpf",
      "*.cpf",
      "password",
      "*.password",
      "token",
      "*.token",
      "cookie",
      "*.cookie",
      "authorization",
      "*.authorization",
    ],
    censor: "[oculto]",
  },
});
