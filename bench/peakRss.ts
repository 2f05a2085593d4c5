/* Peak resident memory as the operating system counts it (not the V8 heap). */
import fs from 'node:fs';

/** The process's peak RSS in bytes: VmHWM of /proc/self/status, else getrusage's maxRSS. */
export function peakRss(): number {
  try {
    const status = fs.readFileSync('/proc/self/status', 'utf8');
    const hwm = /^VmHWM:\s+(\d+) kB$/m.exec(status);
    if (hwm) return Number(hwm[1]) * 1024;
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS * 1024;
}

/** `123 MiB`. */
export const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
