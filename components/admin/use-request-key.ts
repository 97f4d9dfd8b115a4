"use client";

import { useState } from "react";

const newKey = () => crypto.randomUUID();

/**
 * The request key of a form that creates something: made when the form is drawn and sent with
 * every submission, so the server runs a double click or a retried request only once
 * (lib/forms/request-key.ts). `renew` after a success: the next submission is a new one.
 */
export function useRequestKey() {
  const [key, setKey] = useState(newKey);
  return { key, renew: () => setKey(newKey()) };
}
