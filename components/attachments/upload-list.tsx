"use client";

import { formatSize } from "@/lib/text/sizes";
import type { Upload } from "./use-uploads";

/** The files being attached: progress while they go up, then ready or refused (with why). */
export function UploadList({
  uploads,
  onRemove,
}: {
  uploads: readonly Upload[];
  onRemove: (key: string) => void;
}) {
  if (uploads.length === 0) return null;
  return (
    <ul className="space-y-2" aria-label="Arquivos anexados">
      {uploads.map((upload) => (
        <li
          key={upload.key}
          className={`rounded-md border px-3 py-2 text-sm ${upload.error ? "border-red-300 bg-red-50" : "border-slate-200 bg-white"}`}
        >
          <div className="flex items-center justify-between gap-3">
            <span className="min-w-0 truncate font-medium">{upload.name}</span>
            <span className="shrink-0 text-slate-600">{formatSize(upload.size)}</span>
            <button
              type="button"
              onClick={() => onRemove(upload.key)}
              className="shrink-0 text-brand-700 underline"
              aria-label={`Remover ${upload.name}`}
            >
              Remover
            </button>
          </div>
          {upload.error ? (
            <p role="alert" className="mt-1 text-red-800">
              {upload.error}
            </p>
          ) : upload.attachmentId ? (
            <p className="mt-1 text-green-800">Pronto para enviar.</p>
          ) : (
            <progress
              className="mt-2 h-2 w-full"
              max={1}
              value={upload.progress}
              aria-label={`Enviando ${upload.name}`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
