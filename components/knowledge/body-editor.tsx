"use client";

import { useEffect, useRef } from "react";
import { AttachButton } from "@/components/attachments/attach-button";
import { UploadList } from "@/components/attachments/upload-list";
import { useUploads } from "@/components/attachments/use-uploads";
import { CONTROL, LabelledControl, describedBy } from "@/components/ui/form-field";

const IMAGE = /\.(png|jpe?g|gif|webp)$/i;

/** The Markdown of a file just uploaded: an image shown in the text, any other file a link. */
export const markdownOf = (name: string, id: string) =>
  `${IMAGE.test(name) ? "!" : ""}[${name.replace(/[[\]]/g, "")}](/api/anexos/${id})`;

/**
 * The article's Markdown, with "Inserir imagem ou arquivo": files go up through the staged
 * upload (POST /api/anexos, the same checks as a ticket's files) and, once stored, their link
 * is written where the cursor was. Saving the article links them to it.
 */
export function BodyEditor({
  value,
  onChange,
  error,
  attachmentMaxMb,
}: {
  value: string;
  onChange: (value: string) => void;
  error?: string;
  attachmentMaxMb: number;
}) {
  const uploads = useUploads(attachmentMaxMb);
  const area = useRef<HTMLTextAreaElement>(null);
  const inserted = useRef(new Set<string>());
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  }, [value]);

  // Each upload is written into the text once, when the server has stored it.
  useEffect(() => {
    for (const upload of uploads.uploads) {
      if (!upload.attachmentId || inserted.current.has(upload.attachmentId)) continue;
      inserted.current.add(upload.attachmentId);
      const text = latest.current;
      const at = area.current?.selectionStart ?? text.length;
      const link = markdownOf(upload.name, upload.attachmentId);
      onChange(`${text.slice(0, at)}${link}\n${text.slice(at)}`);
    }
  }, [uploads.uploads, onChange]);

  return (
    <div className="space-y-2">
      <LabelledControl id="article-body" label="Texto (Markdown)" error={error}>
        <textarea
          id="article-body"
          ref={area}
          rows={18}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          {...describedBy("article-body", error)}
          className={`${CONTROL} font-mono text-sm`}
        />
      </LabelledControl>
      <AttachButton
        id="article-files"
        onFiles={uploads.add}
        className="inline-block rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-50"
      >
        Inserir imagem ou arquivo
      </AttachButton>
      <UploadList uploads={uploads.uploads} onRemove={uploads.remove} />
    </div>
  );
}
