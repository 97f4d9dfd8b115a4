import type { z } from "zod";
/**
 * STORAGE_URL: where files go when not in the local folder. One form for every S3-compatible
 * service: s3://<bucket>?endpoint=http://127.0.0.1:9000&region=us-east-1&forcePathStyle=true
 * (endpoint: omit for Amazon S3 itself; region: us-east-1 by default; forcePathStyle: "true"
 * for servers that address buckets by path, as MinIO and most self-hosted ones do). Credentials
 * never go in the URL: they come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.
 */
export type S3Location = {
  bucket: string;
  endpoint?: string;
  region: string;
  forcePathStyle: boolean;
  credentials: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
};

export type StorageConfig = { kind: "folder"; dir: string } | { kind: "s3"; location: S3Location };

const PARAMS = new Set(["endpoint", "region", "forcePathStyle"]);
/** S3's bucket naming rules (3–63 characters, lowercase letters, digits, dots and hyphens). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

/** The bucket and options of an s3:// URL, or the problem with it (for the configuration error). */
export function parseStorageUrl(
  value: string,
): { ok: true; location: Omit<S3Location, "credentials"> } | { ok: false; problem: string } {
  const example = "s3://bucket?endpoint=http://127.0.0.1:9000&region=us-east-1&forcePathStyle=true";
  if (!URL.canParse(value) || new URL(value).protocol !== "s3:")
    return { ok: false, problem: `must be an s3:// URL (${example})` };
  const url = new URL(value);
  if (url.username || url.password)
    return {
      ok: false,
      problem: "must not hold credentials: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY instead",
    };
  if (!BUCKET.test(url.hostname) || (url.pathname !== "" && url.pathname !== "/"))
    return { ok: false, problem: `must name a valid bucket and nothing after it (${example})` };
  const unknown = [...url.searchParams.keys()].filter((key) => !PARAMS.has(key));
  if (unknown.length > 0)
    return {
      ok: false,
      problem: `has unknown options (${unknown.join(", ")}); known: ${[...PARAMS].join(", ")}`,
    };
  const endpoint = url.searchParams.get("endpoint") ?? undefined;
  if (
    endpoint !== undefined &&
    !(URL.canParse(endpoint) && /^https?:$/.test(new URL(endpoint).protocol))
  )
    return { ok: false, problem: "has an endpoint that is not an http(s) URL" };
  const pathStyle = url.searchParams.get("forcePathStyle") ?? "false";
  if (pathStyle !== "true" && pathStyle !== "false")
    return { ok: false, problem: 'has forcePathStyle other than "true" or "false"' };
  return {
    ok: true,
    location: {
      bucket: url.hostname,
      endpoint,
      region: url.searchParams.get("region") || "us-east-1",
      forcePathStyle: pathStyle === "true",
    },
  };
}

/** The folder, or the bucket of STORAGE_URL with the credentials it needs (checked here, at start). */
export function storageConfig(
  raw: {
    STORAGE_DIR: string;
    STORAGE_URL?: string;
    AWS_ACCESS_KEY_ID?: string;
    AWS_SECRET_ACCESS_KEY?: string;
    AWS_SESSION_TOKEN?: string;
  },
  ctx: z.RefinementCtx,
): StorageConfig {
  const folder = { kind: "folder", dir: raw.STORAGE_DIR } as const;
  if (raw.STORAGE_URL === undefined) return folder;
  const parsed = parseStorageUrl(raw.STORAGE_URL);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", path: ["STORAGE_URL"], message: parsed.problem });
    return folder;
  }
  const { AWS_ACCESS_KEY_ID: accessKeyId, AWS_SECRET_ACCESS_KEY: secretAccessKey } = raw;
  if (!accessKeyId || !secretAccessKey) {
    ctx.addIssue({
      code: "custom",
      path: ["STORAGE_URL"],
      message:
        "needs the bucket's credentials in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (AWS_SESSION_TOKEN too for temporary ones)",
    });
    return folder;
  }
  const credentials = { accessKeyId, secretAccessKey, sessionToken: raw.AWS_SESSION_TOKEN };
  return { kind: "s3", location: { ...parsed.location, credentials } };
}
