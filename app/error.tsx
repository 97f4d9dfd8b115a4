"use client";

import { ErrorMessage } from "@/components/errors/error-message";

/** An unexpected error inside a page: the layout stays, the page says what to do. */
export default function PageError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorMessage code={error.digest} onRetry={reset} />;
}
