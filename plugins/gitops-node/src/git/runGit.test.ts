import net from 'node:net';
import { AddressInfo } from 'node:net';
import { GitCommandError, GitTimeoutError, runGit } from './runGit';

jest.setTimeout(15_000);

describe('runGit', () => {
  it('returns the output, and fails with git\'s own message', async () => {
    expect((await runGit(['--version'])).startsWith('git version ')).toBe(true);
    await expect(runGit(['rev-parse', 'HEAD'], { cwd: '/' })).rejects.toThrow(GitCommandError);
  });

  it('stops a command against a server that accepts and never answers, with its helpers', async () => {
    const sockets = new Set<net.Socket>();
    let open = 0;
    const server = net.createServer(socket => {
      sockets.add(socket); // accepted, read, never answered
      socket.resume();
      open++;
      socket.on('close', () => open--);
      socket.on('error', () => undefined);
    });
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const started = Date.now();
    try {
      const error = await runGit(['ls-remote', `http://127.0.0.1:${port}/repo.git`], { timeoutMs: 1500 }).catch(e => e);
      expect(error).toBeInstanceOf(GitTimeoutError);
      expect(error.message).toBe('git ls-remote timed out after 1.5 s and was stopped');
      expect(Date.now() - started).toBeLessThan(5000);
      // The remote helper died with git: its connection closes.
      expect(sockets.size).toBeGreaterThan(0);
      await new Promise<void>(resolve => {
        const check = () => (open === 0 ? resolve() : setTimeout(check, 50));
        check();
      });
    } finally {
      for (const s of sockets) s.destroy();
      await new Promise(resolve => server.close(resolve));
    }
  });
});
