/** The parts of a V8 .cpuprofile this summary reads. */
interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function, largest first: where a run spends its CPU. */
export function summariseProfile(profile: CpuProfile, count: number) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const byFunction = new Map<string, { name: string; where: string; micros: number }>();
  for (const node of profile.nodes) {
    const micros = self.get(node.id) ?? 0;
    if (!micros) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = url ? `${url.replace(/^.*node_modules\//, '').replace(/^file:\/\/.*\/(src|dist)\//, '$1/')}:${lineNumber + 1}` : '(native)';
    const key = `${functionName}|${where}`;
    const entry = byFunction.get(key) ?? { name: functionName || '(anonymous)', where, micros: 0 };
    entry.micros += micros;
    byFunction.set(key, entry);
  }
  const total = profile.endTime - profile.startTime;
  const top = [...byFunction.values()]
    .sort((a, b) => b.micros - a.micros)
    .slice(0, count)
    .map((f) => ({ name: f.name, where: f.where, selfMs: Math.round(f.micros / 100) / 10, share: Math.round((f.micros / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), top };
}
