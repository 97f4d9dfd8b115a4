"use client";

import { useCallback, useState } from "react";

/** One file on its way up: its progress, then its attachment id or the server's refusal. */
export type Upload = {
  key: string;
  name: string;
  size: number;
  progress: number;
  attachmentId?: string;
  error?: string;
};

/**
 * Uploads files to /api/anexos one request per file, with progress (XMLHttpRequest: fetch cannot
 * report upload progress). The server checks type and size again; `maxMb` only spares the user
 * waiting for an upload that will be refused.
 */
export function useUploads(maxMb: number) {
  const [uploads, setUploads] = useState<Upload[]>([]);
  const update = (key: string, change: Partial<Upload>) =>
    setUploads((all) => all.map((u) => (u.key === key ? { ...u, ...change } : u)));

  const add = useCallback(
    (files: FileList | File[]) => {
      for (const file of Array.from(files)) {
        const key = crypto.randomUUID();
        const tooBig = file.size > maxMb * 1024 * 1024;
        setUploads((all) => [
          ...all,
          {
            key,
            name: file.name,
            size: file.size,
            progress: 0,
            ...(tooBig ? { error: `Maior que o limite de ${maxMb} MB.` } : {}),
          },
        ]);
        if (!tooBig) send(file, key, update);
      }
    },
    [maxMb],
  );

  const remove = (key: string) => {
    const removed = uploads.find((u) => u.key === key);
    // The file is already on the server, staged: take it back so it stops counting against the
    // person's quota. Nothing to tell the user if it fails: it goes after a day anyway.
    if (removed?.attachmentId) {
      void fetch(`/api/anexos/${removed.attachmentId}`, { method: "DELETE" }).catch(
        () => undefined,
      );
    }
    setUploads((all) => all.filter((u) => u.key !== key));
  };
  const clear = () => setUploads([]);
  return {
    uploads,
    add,
    remove,
    clear,
    attachmentIds: uploads.flatMap((u) => (u.attachmentId ? [u.attachmentId] : [])),
    busy: uploads.some((u) => !u.attachmentId && !u.error),
  };
}

function send(file: File, key: string, update: (key: string, change: Partial<Upload>) => void) {
  const body = new FormData();
  body.append("files", file);
  const request = new XMLHttpRequest();
  request.open("POST", "/api/anexos");
  request.responseType = "json";
  request.upload.onprogress = (event) => {
    if (event.lengthComputable) update(key, { progress: event.loaded / event.total });
  };
  request.onload = () => {
    const answer = (request.response ?? {}) as {
      attachments?: { id: string; fileName: string }[];
      message?: string;
    };
    const stored = answer.attachments?.[0];
    // The portal's name for the file: its extension is the type found in the content.
    if (request.status === 200 && stored)
      update(key, { progress: 1, attachmentId: stored.id, name: stored.fileName });
    else update(key, { error: answer.message ?? "Não foi possível enviar o arquivo." });
  };
  request.onerror = () =>
    update(key, { error: "Falha de conexão ao enviar o arquivo. Tente de novo." });
  request.send(body);
}
