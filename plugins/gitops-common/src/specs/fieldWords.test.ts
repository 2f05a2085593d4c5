import { fieldWords } from './fieldWords';

describe('fieldWords', () => {
  it('names spec fields as the forms title them', () => {
    expect(fieldWords(['source', 'tag'])).toBe('Tag');
    expect(fieldWords(['source', 'repository', 'url'])).toBe('Chart repository URL');
    expect(fieldWords(['keys', 1])).toBe('Key name 2');
    expect(fieldWords(['source', 'ports', 0, 'port'])).toBe('Port 1');
  });

  it('reads other paths in words', () => {
    expect(fieldWords(['modelVolume', 'mountPath'])).toBe('Model volume mount path');
    expect(fieldWords(['source', 'resources', 'limits', 'cpu'])).toBe('Source resources limits cpu');
    expect(fieldWords([])).toBe('The spec');
  });
});
