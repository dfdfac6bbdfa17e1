// Counts service calls by 'Class.method', so tests can prove an operation's call count stays flat.
export class CallCounter {
  readonly #counts = new Map<string, number>();

  record(method: string): void {
    this.#counts.set(method, (this.#counts.get(method) ?? 0) + 1);
  }

  byMethod(): Record<string, number> {
    return Object.fromEntries([...this.#counts].sort(([a], [b]) => a.localeCompare(b)));
  }

  total(): number {
    let sum = 0;
    for (const n of this.#counts.values()) sum += n;
    return sum;
  }

  reset(): void {
    this.#counts.clear();
  }
}
