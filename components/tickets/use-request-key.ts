"use client";

import { useState } from "react";

/**
 * The key a record-creating form sends with each submission (lib/forms/request-key.ts): made when
 * the form is drawn, kept while the same message is retried, renewed after a success so the next
 * message is a new record.
 */
export function useRequestKey() {
  const [key, setKey] = useState(() => crypto.randomUUID());
  return { requestKey: key, renewKey: () => setKey(crypto.randomUUID()) };
}
