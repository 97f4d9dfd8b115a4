import type { AttachmentRules } from "@/lib/attachments/file-kinds";
import { AttachButton } from "@/components/attachments/attach-button";
import { UploadList } from "@/components/attachments/upload-list";
import type { useUploads } from "@/components/attachments/use-uploads";

/** "Adicionar anexos": files upload as soon as they are chosen; the form sends their ids. */
export function RequestAttachments({
  uploads,
  rules,
}: {
  uploads: ReturnType<typeof useUploads>;
  rules: AttachmentRules;
}) {
  return (
    <div className="space-y-2">
      <AttachButton
        id="attachments"
        onFiles={uploads.add}
        className="inline-block rounded-md border border-brand-600 px-3 py-1.5 text-sm font-medium text-brand-700 hover:bg-brand-50"
      >
        Adicionar anexos
      </AttachButton>
      <p className="text-xs text-slate-600">
        Até {rules.maxMb} MB por arquivo: {rules.accepted}.
      </p>
      <UploadList uploads={uploads.uploads} onRemove={uploads.remove} />
    </div>
  );
}
