import crypto from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ChartLocation } from './types';

/**
 * Chart archives on disk under `<cacheDir>/charts`, one file per source, chart and exact
 * version (which a repository does not change), written whole or not at all.
 */
export class ChartCache {
  constructor(private readonly dir: string) {}

  private file(location: ChartLocation): string {
    const key = [location.type, location.url.replace(/\/+$/, ''), location.chart, location.version].join('\n');
    return path.join(this.dir, `${crypto.createHash('sha256').update(key).digest('hex')}.tgz`);
  }

  async get(location: ChartLocation): Promise<Buffer | undefined> {
    try {
      return await fs.readFile(this.file(location));
    } catch {
      return undefined;
    }
  }

  async put(location: ChartLocation, archive: Buffer): Promise<void> {
    const file = this.file(location);
    await fs.mkdir(this.dir, { recursive: true });
    const partial = `${file}.${process.pid}.${crypto.randomUUID()}.partial`;
    await fs.writeFile(partial, archive);
    await fs.rename(partial, file);
  }
}
