import {
  chartsFolderUnderstanding,
  demoSystemEntity,
  systemWithUnderstanding,
  withAnnotations,
} from '../fixtures';
import { readUnderstanding, understandingHeadline } from './understanding';

describe('readUnderstanding', () => {
  it("reads the read's report off a repository's System", () => {
    expect(
      readUnderstanding(systemWithUnderstanding(chartsFolderUnderstanding)),
    ).toEqual({ understanding: chartsFolderUnderstanding });
    expect(understandingHeadline(chartsFolderUnderstanding)).toBe(
      'Partly understood: some of what this repository holds is not read.',
    );
  });

  it('has no report when the System carries none, and names an annotation it cannot read', () => {
    expect(readUnderstanding(demoSystemEntity)).toEqual({});
    const bad = (value: string) =>
      readUnderstanding(
        withAnnotations(demoSystemEntity, {
          'homeport.dev/understanding': value,
        }),
      ).problem;
    expect(bad('{')).toMatch(
      /^homeport\.dev\/understanding is not valid JSON: /,
    );
    expect(
      bad('{"status":"partly","found":[{"entryPoint":1}],"notUnderstood":[]}'),
    ).toBe(
      'homeport.dev/understanding is not a report of the read (status, found, notUnderstood)',
    );
  });
});
