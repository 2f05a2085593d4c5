/** What an HTTP GET of the chart reader answered. */
export interface HttpResponse {
  status: number;
  url: string;
  headers: Headers;
  body: Buffer;
}

/** A request the chart reader could not complete: no answer, too slow, or too large. */
export class HttpGetError extends Error {
  constructor(readonly url: string, message: string) {
    super(message);
    this.name = 'HttpGetError';
  }
}

function reason(error: unknown): string {
  const e = error as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (e?.name === 'TimeoutError') return 'no answer in time';
  return e?.cause?.message ?? e?.cause?.code ?? e?.message ?? String(error);
}

/**
 * GETs `url` within `timeoutMs` (the whole exchange, body included) and reads at most
 * `maxBytes` of its body; a longer body is refused before it is read whole.
 */
export async function httpGet(
  url: string,
  options: { timeoutMs: number; maxBytes: number; headers?: Record<string, string> },
): Promise<HttpResponse> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  let response: Response;
  try {
    response = await fetch(url, { headers: options.headers, redirect: 'follow', signal });
  } catch (error) {
    throw new HttpGetError(url, reason(error));
  }
  const tooLarge = () => new HttpGetError(url, `the answer is larger than ${options.maxBytes} bytes`);
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > options.maxBytes) {
    await response.body?.cancel();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of response.body ?? []) {
      size += chunk.byteLength;
      // Leaving the loop cancels the stream.
      if (size > options.maxBytes) throw tooLarge();
      chunks.push(Buffer.from(chunk));
    }
  } catch (error) {
    if (error instanceof HttpGetError) throw error;
    throw new HttpGetError(url, reason(error));
  }
  return { status: response.status, url: response.url || url, headers: response.headers, body: Buffer.concat(chunks) };
}
