import { formatSize } from "@/lib/text/sizes";

/** A file of a ticket: its name as a download link, and its size ("49.7 KB"). */
export function AttachmentLink({ file }: { file: { id: string; fileName: string; size: number } }) {
  return (
    <>
      <a href={`/api/anexos/${file.id}`} className="break-words text-brand-700 underline">
        {file.fileName}
      </a>{" "}
      <span className="text-slate-600">({formatSize(file.size)})</span>
    </>
  );
}
