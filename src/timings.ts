/** Wall time per pipeline stage, for the bench and `--timings`. */
export class Timings {
  readonly stages = new Map<string, number>();

  private add(stage: string, ms: number): void {
    this.stages.set(stage, (this.stages.get(stage) ?? 0) + ms);
  }

  async time<T>(stage: string, work: () => Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  timeSync<T>(stage: string, work: () => T): T {
    const start = performance.now();
    try {
      return work();
    } finally {
      this.add(stage, performance.now() - start);
    }
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries([...this.stages].map(([k, v]) => [k, Math.round(v * 10) / 10]));
  }
}
