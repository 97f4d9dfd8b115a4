"use client";

import { useEffect, useRef, useState } from "react";

/** How long before the end the person is warned: time to read, decide and press a key. */
export const WARN_BEFORE_MS = 5 * 60_000;

type Phase = "quiet" | "warning" | "ended";

const BUTTON = "rounded-md px-4 py-2 text-sm font-medium";

/**
 * The session's time limit, warned before it acts (WCAG 2.2.1): a modal dialog five minutes
 * before the end says when it ends and offers "Continuar conectado", which gives the session a
 * full lifetime again (POST /api/sessao, then next-auth renews its cookie). Times are counted from
 * this browser's own clock, so a server clock that differs changes nothing.
 */
export function SessionTimeout({ remainingMs }: { remainingMs: number }) {
  // A new object for each lifetime, so that extending by the same length starts the timers again.
  const [lifetime, setLifetime] = useState({ ms: remainingMs });
  const [{ phase, minutes }, setNotice] = useState<{ phase: Phase; minutes: number }>({
    phase: "quiet",
    minutes: 0,
  });
  const [failed, setFailed] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);

  useEffect(() => {
    const start = Date.now();
    const left = () => lifetime.ms - (Date.now() - start);
    const warn = setTimeout(
      () => setNotice({ phase: "warning", minutes: Math.max(1, Math.ceil(left() / 60_000)) }),
      Math.max(0, lifetime.ms - WARN_BEFORE_MS),
    );
    const end = setTimeout(() => setNotice({ phase: "ended", minutes: 0 }), lifetime.ms);
    return () => {
      clearTimeout(warn);
      clearTimeout(end);
    };
  }, [lifetime]);

  useEffect(() => {
    if (phase !== "quiet" && !dialog.current?.open) dialog.current?.showModal();
  }, [phase]);

  const extend = async () => {
    const response = await fetch("/api/sessao", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ extend: true }),
    }).catch(() => null);
    if (!response?.ok) return setFailed(true);
    const { remainingMs: renewed } = (await response.json()) as { remainingMs: number };
    await fetch("/api/auth/session", { cache: "no-store" });
    setFailed(false);
    setNotice({ phase: "quiet", minutes: 0 });
    setLifetime({ ms: renewed });
    dialog.current?.close();
  };

  return (
    <dialog
      ref={dialog}
      aria-labelledby="sessao-titulo"
      aria-describedby="sessao-texto"
      onClose={() => phase === "warning" && setNotice({ phase: "quiet", minutes: 0 })}
      className="m-auto w-full max-w-md rounded-lg p-0 backdrop:bg-slate-900/50"
    >
      <div className="space-y-4 p-5">
        <h2 id="sessao-titulo" className="text-lg font-semibold">
          {phase === "ended" ? "Sua sessão terminou" : "Sua sessão vai terminar"}
        </h2>
        <p id="sessao-texto">
          {phase === "ended"
            ? "Por segurança, a sessão terminou. Entre novamente para continuar; o que não foi enviado se perde."
            : `Por segurança, a sessão termina em ${minutes} ${minutes === 1 ? "minuto" : "minutos"}. Deseja continuar conectado?`}
        </p>
        {failed ? (
          <p role="alert" className="text-sm text-red-700">
            Não foi possível prolongar a sessão. Entre novamente.
          </p>
        ) : null}
        <div className="flex flex-wrap justify-end gap-2">
          {phase === "ended" || failed ? (
            <a href="/login" className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}>
              Entrar novamente
            </a>
          ) : (
            <button
              type="button"
              autoFocus
              onClick={extend}
              className={`${BUTTON} bg-brand-600 text-white hover:bg-brand-700`}
            >
              Continuar conectado
            </button>
          )}
        </div>
      </div>
    </dialog>
  );
}
