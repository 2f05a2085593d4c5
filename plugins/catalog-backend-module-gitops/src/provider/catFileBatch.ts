import { GitCommandError } from '@homeport/plugin-gitops-node';

const NEWLINE = 10;

/**
 * Reads the output of `git cat-file --batch` as it arrives: `<object> blob <size>\n`,
 * the contents, `\n`, for each object asked, in order. Each blob is handed to `onBlob`
 * as soon as it is complete, so that the whole output is never held at once (for a
 * large repository it is as big as the repository).
 */
export class CatFileBatchReader {
  private next = 0;
  /** The bytes of the header or blob being read, when split across chunks. */
  private pending: Buffer[] = [];
  private pendingSize = 0;
  /** The size of the blob being read (header read), or `undefined` (reading a header). */
  private blobSize?: number;

  constructor(
    private readonly objects: readonly string[],
    private readonly onBlob: (index: number, blob: Buffer) => void,
  ) {}

  /** Feeds one chunk of the output. Throws when git answers something not asked. */
  push(chunk: Buffer) {
    let at = 0;
    while (at < chunk.length) {
      if (this.blobSize === undefined) {
        const eol = chunk.indexOf(NEWLINE, at);
        if (eol < 0) {
          this.keep(chunk.subarray(at));
          return;
        }
        this.keep(chunk.subarray(at, eol));
        this.header(this.take().toString('utf8'));
        at = eol + 1;
      } else {
        // The blob and the newline after it.
        const wanted = this.blobSize + 1 - this.pendingSize;
        const piece = chunk.subarray(at, at + wanted);
        this.keep(piece);
        at += piece.length;
        if (this.pendingSize === this.blobSize + 1) {
          const blob = this.take();
          this.onBlob(this.next, blob.subarray(0, this.blobSize));
          this.next++;
          this.blobSize = undefined;
        }
      }
    }
  }

  /** Checks that every object asked was read. */
  end() {
    if (this.next !== this.objects.length || this.pendingSize > 0) {
      throw new GitCommandError(
        ['cat-file', '--batch'],
        `output ended after ${this.next} of ${this.objects.length} objects`,
      );
    }
  }

  private header(line: string) {
    const [object, type, size] = line.split(' ');
    if (object !== this.objects[this.next] || type !== 'blob') {
      throw new GitCommandError(
        ['cat-file', '--batch'],
        `unexpected answer for ${this.objects[this.next]}: ${line}`,
      );
    }
    this.blobSize = Number(size);
  }

  private keep(piece: Buffer) {
    if (!piece.length) return;
    this.pending.push(piece);
    this.pendingSize += piece.length;
  }

  private take(): Buffer {
    const whole =
      this.pending.length === 1
        ? this.pending[0]
        : Buffer.concat(this.pending, this.pendingSize);
    this.pending = [];
    this.pendingSize = 0;
    return whole;
  }
}
