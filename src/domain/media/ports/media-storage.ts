/** Where the bytes of uploads live (a local folder today, an object store later). */
export abstract class MediaStorage {
  abstract put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Deleting a missing key is not an error. */
  abstract delete(key: string): Promise<void>;
  abstract publicUrl(key: string): string;
}
