"use client";

import type { ReactNode } from "react";

/** A button-looking label over a hidden multiple-file input; chosen files go to `onFiles`. */
export function AttachButton({
  id,
  className,
  onFiles,
  children,
}: {
  id: string;
  className: string;
  onFiles: (files: FileList) => void;
  children: ReactNode;
}) {
  return (
    <>
      <label htmlFor={id} className={`cursor-pointer focus-within:outline-2 ${className}`}>
        {children}
      </label>
      <input
        id={id}
        type="file"
        multiple
        className="sr-only"
        onChange={(event) => {
          if (event.target.files) onFiles(event.target.files);
          event.target.value = ""; // the same file can be chosen again after removing it
        }}
      />
    </>
  );
}
