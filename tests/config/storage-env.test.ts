import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";

const credentials = { AWS_ACCESS_KEY_ID: "portal", AWS_SECRET_ACCESS_KEY: "segredo-do-bucket" };

describe("STORAGE_DIR and STORAGE_URL", () => {
  it("keeps files in the local folder unless STORAGE_URL is set", () => {
    expect(parseEnv({}).storage).toEqual({ kind: "folder", dir: "./data/uploads" });
    expect(parseEnv({ STORAGE_DIR: "/srv/anexos", STORAGE_URL: "" }).storage).toEqual({
      kind: "folder",
      dir: "/srv/anexos",
    });
  });

  it("reads a bucket, its endpoint and options, with the credentials of the AWS variables", () => {
    const env = parseEnv({
      ...credentials,
      STORAGE_URL:
        "s3://portal-anexos?endpoint=http://minio:9000&region=sa-east-1&forcePathStyle=true",
    });
    expect(env.storage).toEqual({
      kind: "s3",
      location: {
        bucket: "portal-anexos",
        endpoint: "http://minio:9000",
        region: "sa-east-1",
        forcePathStyle: true,
        credentials: { accessKeyId: "portal", secretAccessKey: "segredo-do-bucket" },
      },
    });
    expect(parseEnv({ ...credentials, STORAGE_URL: "s3://portal-anexos" }).storage).toMatchObject({
      location: { endpoint: undefined, region: "us-east-1", forcePathStyle: false },
    });
  });

  it.each([
    ["http://minio:9000/bucket", "STORAGE_URL must be an s3:// URL"],
    ["s3://chave:segredo@portal-anexos", "STORAGE_URL must not hold credentials"],
    ["s3://Bucket_Invalido", "STORAGE_URL must name a valid bucket"],
    ["s3://portal-anexos/pasta", "STORAGE_URL must name a valid bucket"],
    ["s3://portal-anexos?endpont=http://x", "STORAGE_URL has unknown options (endpont)"],
    [
      "s3://portal-anexos?endpoint=ftp://x",
      "STORAGE_URL has an endpoint that is not an http(s) URL",
    ],
    ["s3://portal-anexos?forcePathStyle=sim", "STORAGE_URL has forcePathStyle other than"],
  ])("stops on STORAGE_URL=%s with a message that says why, never echoing it", (url, message) => {
    expect(() => parseEnv({ ...credentials, STORAGE_URL: url })).toThrow(message);
    expect(() => parseEnv({ ...credentials, STORAGE_URL: url })).not.toThrow(url);
  });

  it("stops when the bucket's credentials are missing, naming the variables", () => {
    expect(() =>
      parseEnv({ AWS_ACCESS_KEY_ID: "portal", STORAGE_URL: "s3://portal-anexos" }),
    ).toThrow(
      /STORAGE_URL needs the bucket's credentials in AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/,
    );
  });
});
