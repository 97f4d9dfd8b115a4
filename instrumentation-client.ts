import { z } from "zod";

/*
 * Runs in the browser before the app becomes interactive. Zod compiles object schemas with
 * `new Function` when it may; merely trying it is blocked and reported by the portal's
 * Content-Security-Policy (no 'unsafe-eval', lib/web/security-headers.ts). The forms' schemas
 * then run interpreted, which is as correct and fast enough for a form.
 */
z.config({ jitless: true });
