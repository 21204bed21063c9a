// CPU time used by this process's descendants (the browser under test), by Chromium process type,
// read from /proc (Linux only). Wall time swings with whatever else runs on a shared machine;
// CPU time shows what a change costs, whatever waits in the queue.
import { readdirSync, readFileSync } from 'node:fs'

const TICK_MS = 10 // USER_HZ is 100 on Linux

interface Proc {
  pid: number
  ppid: number
  cpuMs: number
  type: string
}

function readProc(pid: number): Proc | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name may hold spaces or parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
    const type = /--type=([a-z-]+)/.exec(cmd)?.[1] ?? (cmd.includes('chrom') ? 'browser' : 'other')
    return {
      pid,
      ppid: Number(fields[1]),
      cpuMs: (Number(fields[11]) + Number(fields[12])) * TICK_MS,
      type
    }
  } catch {
    return undefined // it ended while we looked
  }
}

/** CPU milliseconds (user + system) of every descendant of `root`, summed by process type. */
export function descendantCpu(root = process.pid): Record<string, number> {
  const procs = readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d))
    .map((d) => readProc(Number(d)))
    .filter((p): p is Proc => p !== undefined)
  const children = new Map<number, Proc[]>()
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p])
  const out: Record<string, number> = {}
  const walk = (pid: number): void => {
    for (const c of children.get(pid) ?? []) {
      out[c.type] = (out[c.type] ?? 0) + c.cpuMs
      walk(c.pid)
    }
  }
  walk(root)
  return out
}

/** The CPU each process type used between two `descendantCpu` readings. */
export function cpuDelta(
  before: Record<string, number>,
  after: Record<string, number>
): Record<string, number> {
  return Object.fromEntries(Object.entries(after).map(([k, v]) => [k, v - (before[k] ?? 0)]))
}
