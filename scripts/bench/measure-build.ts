/**
 * Runs a build and measures it: wall time, the time of each build phase (from the moment Astro
 * prints its markers), and peak memory. Memory is read from /proc every 200 ms over the whole
 * process tree, because the build is more than one process (Pagefind runs as its own binary):
 * the peak of the tree's summed resident memory is what the machine must have. Each process's own
 * high-water mark (VmHWM) is exact and is kept too, so a spike between two samples is not lost.
 */
import { spawn } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';

export interface BuildMeasurement {
  ok: boolean;
  seconds: number;
  /** Peak of the summed resident memory of the build's process tree, sampled. */
  peakTreeBytes: number;
  /** Largest high-water mark of any one process in the tree (exact). */
  peakProcessBytes: number;
  /**
   * The largest high-water mark per program (the kernel's short command name: «node» for Astro,
   * «pagefind_extend» for Pagefind), to tell which of them decides the peak.
   */
  peakByProgram: Record<string, number>;
  /** CPU time (user + system) of the whole tree, sampled: what the build costs regardless of other load. */
  cpuSeconds: number;
  /** Highest 1-minute load average seen during the build: above the core count, other work slowed it. */
  maxLoad: number;
  /** Seconds per phase: content sync, bundling, rendering pages, hooks after the build (sitemap, search index). */
  phases: Record<string, number>;
  pages: number | undefined;
  /** The search index's files kept from the last build, as the build's log says («11 627 av 11 718»), if any were. */
  indexReused?: string;
}

function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function programName(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
  } catch {
    return '?';
  }
}

/** CPU ticks (1/100 s) a process has used, itself and its reaped children. */
function cpuTicks(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // Fields 14–17 of stat (utime, stime, cutime, cstime) are 11–14 after the command name.
    return [11, 12, 13, 14].reduce((sum, i) => sum + Number(fields[i]), 0);
  } catch {
    return 0;
  }
}

/** The process and all its descendants, found through the parent id in /proc/<pid>/stat. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses; the fields after the last ')' are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid)!.push(Number(name));
    } catch {
      // The process ended while we read.
    }
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length > 0) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** Marker lines in Astro's output and the phase each one starts. */
const markers: [RegExp, string][] = [
  [/\[content\] Syncing content/, 'innhold'],
  [/Building static entrypoints/, 'bunting'],
  [/generating static routes/, 'sider'],
  [/\[build\] ✓ Completed in/, 'etterarbeid'],
  // `npm run build` indexes the site after Astro has ended (scripts/astro.ts).
  [/page\(s\) built in/, 'søkeindeks'],
  [/^Søkeindeks: \d+ sider/, 'slutt'],
];

export function measureBuild(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv, logFile: string): Promise<BuildMeasurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let log = '';
    let partial = '';
    let next = 0;
    const seen = new Map<string, number>();
    // Markers are looked for in order, line by line: «✓ Completed in» also appears before rendering.
    const onData = (chunk: Buffer) => {
      const text = partial + chunk.toString();
      log += chunk.toString();
      const lines = text.split('\n');
      partial = lines.pop()!;
      for (const line of lines) {
        if (next < markers.length && markers[next]![0].test(line)) seen.set(markers[next++]![1], (performance.now() - started) / 1000);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const hwm = new Map<number, number>();
    const names = new Map<number, string>();
    let peakTree = 0;
    let ticks = 0;
    let maxLoad = loadavg()[0]!;
    const sample = () => {
      let sum = 0;
      let cpu = 0;
      maxLoad = Math.max(maxLoad, loadavg()[0]!);
      for (const pid of tree(child.pid!)) {
        cpu += cpuTicks(pid);
        sum += statusKb(pid, 'VmRSS');
        hwm.set(pid, Math.max(hwm.get(pid) ?? 0, statusKb(pid, 'VmHWM')));
        if (!names.has(pid)) names.set(pid, programName(pid));
      }
      peakTree = Math.max(peakTree, sum);
      ticks = Math.max(ticks, cpu);
    };
    const timer = setInterval(sample, 200);
    child.on('close', (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - started) / 1000;
      writeFileSync(logFile, log);
      const order = markers.map(([, phase]) => phase);
      const times = order.map((p) => seen.get(p));
      // Start-up (loading Astro and the config) runs until the first marker.
      const phases: Record<string, number> = { oppstart: Math.round((times.find((t) => t !== undefined) ?? seconds) * 10) / 10 };
      for (let i = 0; i < order.length - 1; i++) {
        const from = times[i];
        const to = times.slice(i + 1).find((t) => t !== undefined) ?? seconds;
        if (from !== undefined) phases[order[i]!] = Math.round((to - from) * 10) / 10;
      }
      const pages = /(\d+) page\(s\) built/.exec(log);
      const reused = /(\d+ av \d+) indeksfiler gjenbrukt/.exec(log);
      resolve({
        ok: code === 0,
        seconds: Math.round(seconds * 10) / 10,
        peakTreeBytes: peakTree * 1024,
        peakProcessBytes: Math.max(0, ...hwm.values()) * 1024,
        peakByProgram: Object.fromEntries(
          [...hwm].reduce((peaks, [pid, kb]) => {
            const name = names.get(pid) ?? '?';
            return peaks.set(name, Math.max(peaks.get(name) ?? 0, kb * 1024));
          }, new Map<string, number>()),
        ),
        cpuSeconds: Math.round(ticks) / 100,
        maxLoad: Math.round(maxLoad * 10) / 10,
        phases,
        pages: pages ? Number(pages[1]) : undefined,
        ...(reused && { indexReused: reused[1] }),
      });
    });
  });
}
