import { Parser, ReadEntry } from 'tar';
import { ChartFiles } from './types';

/** The files of a chart Homeport reads: its metadata, its default values and its templates. */
function wanted(path: string): boolean {
  return path === 'Chart.yaml' || path === 'values.yaml' || /^templates\/.+\.(ya?ml|tpl)$/.test(path);
}

/**
 * Unpacks a chart archive (`<chart>/Chart.yaml`, `<chart>/templates/…`) in memory and
 * keeps only the chart's own Chart.yaml, values.yaml and templates (subcharts under
 * `charts/` are not the chart's). More than `maxUnpackedBytes` of them is refused.
 */
export function unpackChart(archive: Buffer, maxUnpackedBytes: number): Promise<ChartFiles> {
  return new Promise((resolve, reject) => {
    const files = new Map<string, string>();
    let root: string | undefined;
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (!failed) reject(error);
      failed = true;
    };
    const parser = new Parser({
      strict: true,
      onReadEntry(entry: ReadEntry) {
        const [top, ...rest] = entry.path.replace(/^\.\//, '').split('/');
        root ??= top;
        const inner = rest.join('/');
        if (entry.type !== 'File' || top !== root || !wanted(inner)) {
          entry.resume();
          return;
        }
        size += entry.size;
        if (size > maxUnpackedBytes) {
          fail(new Error(`its Chart.yaml, values.yaml and templates are larger than ${maxUnpackedBytes} bytes`));
          entry.resume();
          return;
        }
        const chunks: Buffer[] = [];
        entry.on('data', (chunk: Buffer) => chunks.push(chunk));
        entry.on('end', () => files.set(inner, Buffer.concat(chunks).toString('utf8')));
      },
    });
    parser.on('error', (error: Error) => fail(new Error(`it is not a chart archive (${error.message})`)));
    parser.on('end', () => {
      if (failed) return;
      if (!files.has('Chart.yaml')) fail(new Error('it holds no Chart.yaml'));
      else resolve(files);
    });
    parser.end(archive);
  });
}
