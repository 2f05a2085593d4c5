import { terragruntSourceDir } from './terragrunt';

describe('terragruntSourceDir', () => {
  it('resolves a local source from the unit, the repository root or the unit folder', () => {
    expect(terragruntSourceDir('live/prod/web', '../../../modules//web')).toBe(
      'modules/web',
    );
    expect(terragruntSourceDir('live/prod/web', '../../../modules/web/')).toBe(
      'modules/web',
    );
    expect(
      terragruntSourceDir('live/prod/web', '${get_repo_root()}/modules//web'),
    ).toBe('modules/web');
    expect(
      terragruntSourceDir(
        'live/prod/web',
        '${get_terragrunt_dir()}/../../../modules/web',
      ),
    ).toBe('modules/web');
  });

  it('has no folder for a remote source, an unresolved expression or a path outside the repository', () => {
    expect(
      terragruntSourceDir(
        'live/web',
        'git::https://github.com/acme/modules.git//web?ref=v1.2.0',
      ),
    ).toBeUndefined();
    expect(
      terragruntSourceDir(
        'live/web',
        'tfr:///terraform-aws-modules/vpc/aws?version=5.0.0',
      ),
    ).toBeUndefined();
    expect(
      terragruntSourceDir('live/web', '${local.modules}/web'),
    ).toBeUndefined();
    expect(
      terragruntSourceDir('live/web', '../../../modules/web'),
    ).toBeUndefined();
  });
});
