import type { Readable } from "node:stream";
import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  S3Client,
  S3ServiceException,
} from "@aws-sdk/client-s3";
import { Upload } from "@aws-sdk/lib-storage";
import type { S3Location } from "@/lib/config/storage-url";
import { checkStorageKey, type FileStorage } from "./types";

/** S3's smallest part: a part is held in memory while it is sent, so one at a time. */
const PART_SIZE = 5 * 1024 * 1024;

/**
 * Files as objects of one bucket on S3 or any S3-compatible server (MinIO, Ceph, Garage, a
 * cloud provider's), through the AWS SDK. Uploads stream in parts of 5 MB, one part in flight,
 * so an upload holds at most about 5 MB whatever the file's size; downloads stream the object's
 * body straight through.
 */
export function s3Storage(location: S3Location): FileStorage {
  const client = new S3Client({
    region: location.region,
    endpoint: location.endpoint,
    forcePathStyle: location.forcePathStyle,
    credentials: location.credentials,
  });
  const Bucket = location.bucket;
  const remove = (key: string) => client.send(new DeleteObjectCommand({ Bucket, Key: key }));
  return {
    async put(key, content, options = {}) {
      const upload = new Upload({
        client,
        params: {
          Bucket,
          Key: checkStorageKey(key),
          Body: content,
          ContentType: options.contentType ?? "application/octet-stream",
          ContentLength: options.size,
        },
        partSize: PART_SIZE,
        queueSize: 1,
        // Aborted below, so that the stream's own error is the one reported.
        leavePartsOnError: true,
      });
      try {
        await upload.done();
      } catch (error) {
        // Parts already sent are dropped (some servers cannot: a bucket lifecycle rule that
        // aborts incomplete multipart uploads catches those), and an object that went out whole
        // (a small one, in one piece) is deleted.
        if (upload.uploadId)
          await client
            .send(new AbortMultipartUploadCommand({ Bucket, Key: key, UploadId: upload.uploadId }))
            .catch(() => undefined);
        await remove(key).catch(() => undefined);
        throw error;
      }
    },
    async get(key) {
      const object = await client.send(new GetObjectCommand({ Bucket, Key: checkStorageKey(key) }));
      return { stream: object.Body as Readable, size: object.ContentLength ?? 0 };
    },
    async delete(key) {
      await remove(checkStorageKey(key));
    },
    async exists(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: checkStorageKey(key) }));
        return true;
      } catch (error) {
        if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 404)
          return false;
        throw error;
      }
    },
  };
}
