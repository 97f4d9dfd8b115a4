"use client";

import { ErrorMessage } from "@/components/errors/error-message";
import "./globals.css";

/** An error in the root layout itself: the whole document is replaced, so it brings its own. */
export default function GlobalError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <html lang="pt-BR">
      <body className="min-h-screen font-sans">
        <main className="mx-auto w-full max-w-6xl px-4 py-8">
          <ErrorMessage code={error.digest} onRetry={reset} />
        </main>
      </body>
    </html>
  );
}
