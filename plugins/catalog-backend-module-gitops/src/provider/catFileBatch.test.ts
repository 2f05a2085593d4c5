import { CatFileBatchReader } from './catFileBatch';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);
const output = Buffer.from(
  `${A} blob 6\nkind: \n${B} blob 0\n\n${C} blob 12\nline 1\nline2\n`,
);

function readAll(chunks: Buffer[]) {
  const blobs: [number, string][] = [];
  const reader = new CatFileBatchReader([A, B, C], (i, blob) =>
    blobs.push([i, blob.toString('utf8')]),
  );
  for (const chunk of chunks) reader.push(chunk);
  reader.end();
  return blobs;
}

describe('CatFileBatchReader', () => {
  const expected = [
    [0, 'kind: '],
    [1, ''],
    [2, 'line 1\nline2'],
  ];

  it('reads the blobs of one chunk in order', () => {
    expect(readAll([output])).toEqual(expected);
  });

  it('reads the same blobs however the output is cut', () => {
    for (let cut = 1; cut < output.length; cut++) {
      expect(readAll([output.subarray(0, cut), output.subarray(cut)])).toEqual(
        expected,
      );
    }
    expect(
      readAll([...output].map(byte => Buffer.from([byte]))),
    ).toEqual(expected);
  });

  it('refuses an answer for an object not asked', () => {
    const reader = new CatFileBatchReader([B], () => undefined);
    expect(() => reader.push(output)).toThrow(
      `git cat-file failed: unexpected answer for ${B}: ${A} blob 6`,
    );
  });

  it('refuses an output that ends early', () => {
    const reader = new CatFileBatchReader([A, B, C], () => undefined);
    reader.push(output.subarray(0, 60));
    expect(() => reader.end()).toThrow(
      'git cat-file failed: output ended after 1 of 3 objects',
    );
  });
});
