/** A tee for body bytes: keeps a copy of what passes, up to a limit, without touching the stream itself. */

/** Default largest body judged (bytes): bigger ones pass on unjudged and are counted as too large. */
export const defaultCaptureLimit = 8 * 1024 * 1024;

/** Collects chunks until `limit` bytes; past it, keeps nothing and says so. */
export class Capture {
  private chunks: Buffer[] = [];
  private size = 0;
  /** True once more than `limit` bytes passed. */
  overflow = false;

  constructor(private readonly limit: number) {}

  /** Records one chunk (a reference, not a copy: Node hands each chunk over once). */
  add(chunk: Buffer): void {
    if (this.overflow) return;
    this.size += chunk.length;
    if (this.size > this.limit) {
      this.overflow = true;
      this.chunks = [];
    } else this.chunks.push(chunk);
  }

  /** The bytes seen (undefined after an overflow). */
  body(): Buffer | undefined {
    if (this.overflow) return undefined;
    return this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks);
  }
}
