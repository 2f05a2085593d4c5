/** A command's output sink that keeps what it writes (tests). */
export function capture() {
  const out = { stdout: '', stderr: '' };
  return { out, sink: { stdout: (s: string) => (out.stdout += s), stderr: (s: string) => (out.stderr += s) } };
}
