// Words the sidebar makes from numbers: "1 example", "53 examples".

/** A count with its noun, singular for one. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
