import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * The service's lines are gathered before they are written (one write for many requests' lines),
 * so this checks what gathering must not cost: a line of a quiet process still shows within a
 * moment, and every line is there when the process exits.
 */
describe('the JSON log on standard output', () => {
  const logModule = join(__dirname, '..', '..', 'dist', 'src', 'server', 'log.js');

  it('shows a quiet process\'s line long before it exits', async () => {
    const child = spawn(process.execPath, ['-e', `const log = require(${JSON.stringify(logModule)}).jsonLogger(); log('info', 'one quiet line'); setTimeout(() => {}, 3000);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    const started = Date.now();
    const seenAfter = await new Promise<number>((resolveSeen, rejectSeen) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('one quiet line')) resolveSeen(Date.now() - started);
      });
      child.on('exit', () => rejectSeen(new Error('exited before the line showed')));
    });
    child.kill();
    expect(seenAfter).toBeLessThan(1_500);
  });

  it('has written every line when the process exits, however many are pending', async () => {
    const child = spawn(process.execPath, ['-e', `const log = require(${JSON.stringify(logModule)}).jsonLogger(); for (let n = 0; n < 5000; n += 1) log('info', 'line ' + n); process.exit(0);`], { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise((resolveExit) => child.on('exit', resolveExit));
    const lines = output.trim().split('\n').map((line) => JSON.parse(line) as { msg: string });
    expect(lines).toHaveLength(5000);
    expect(lines[4999].msg).toBe('line 4999');
  });
});
