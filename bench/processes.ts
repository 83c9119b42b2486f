/** The benchmark's child processes: a free port for one, its memory as the kernel reports it, and a run to its end with its peak memory. */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { createInterface } from 'node:readline';

export function freePort(): Promise<number> {
  return new Promise((resolvePort, rejectPort) => {
    const server = createServer();
    server.once('error', rejectPort);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

/** A process's resident memory now (`VmRSS`) or at its highest so far (`VmHWM`), in MB; 0 once it has ended. */
export function memoryOf(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    return Math.round(Number(new RegExp(`${field}:\\s+(\\d+)`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024);
  } catch {
    // The process has ended; its last reading stands.
    return 0;
  }
}

/** Runs a node script to its end; returns seconds taken and the peak RSS seen. Its progress lines (ending "... left)") show through `log`. */
export function runProcess(script: string, args: string[], env: Record<string, string>, log: (line: string) => void): Promise<{ seconds: number; peakRssMb: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, [script, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  const timer = setInterval(() => (peak = Math.max(peak, memoryOf(child.pid!, 'VmHWM'))), 200);
  let errors = '';
  const progress = (line: string): void => {
    if (/ left\)?$/.test(line)) log(`  ${line}`);
  };
  createInterface({ input: child.stdout! }).on('line', progress);
  createInterface({ input: child.stderr! }).on('line', (line) => {
    errors += `${line}\n`;
    progress(line);
  });
  return new Promise((resolveRun, rejectRun) => {
    child.once('exit', (code) => {
      clearInterval(timer);
      if (code === 0) resolveRun({ seconds: (Date.now() - started) / 1000, peakRssMb: peak });
      else rejectRun(new Error(`${script} failed: ${errors.trim()}`));
    });
  });
}
