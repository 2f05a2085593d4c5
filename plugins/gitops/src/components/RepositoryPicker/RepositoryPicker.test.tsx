import { renderInTestApp } from '@backstage/frontend-test-utils';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GitopsBackendApi, gitopsBackendApiRef } from '../../api/GitopsBackendApi';
import { RepositoryPicker } from './RepositoryPicker';

function render(ids: string[], formData?: string) {
  const onChange = jest.fn();
  const api: Partial<GitopsBackendApi> = {
    listRepositories: async () => ({ items: ids.map(id => ({ id, publishType: 'branch' })) }),
  };
  const props = {
    onChange,
    formData,
    schema: { title: 'Repository', description: 'Where the change goes' },
    rawErrors: [],
    required: false,
  } as any;
  const view = renderInTestApp(<RepositoryPicker {...props} />, { apis: [[gitopsBackendApiRef, api as GitopsBackendApi]] });
  return { onChange, view };
}

describe('RepositoryPicker', () => {
  it('is hidden with one repository, and sets its id', async () => {
    const { onChange } = render(['demo'], 'other');
    await waitFor(() => expect(onChange).toHaveBeenCalledWith('demo'));
    expect(screen.queryByLabelText('Repository')).not.toBeInTheDocument();
  });

  it('offers every configured id and keeps a valid value', async () => {
    const { onChange } = render(['demo', 'lab'], 'lab');
    // MUI's Select opens on mouse down.
    fireEvent.mouseDown(await screen.findByText('lab'));
    expect((await screen.findAllByRole('option')).map(o => o.textContent)).toEqual(['demo', 'lab']);
    await userEvent.click(screen.getByRole('option', { name: 'demo' }));
    expect(onChange.mock.calls).toEqual([['demo']]);
  });
});
