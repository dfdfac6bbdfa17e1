// What a No. is: a whole number written with digits, read exactly; and the next free one.

/**
 * The largest No. read exactly. JavaScript numbers above it lose whole numbers (9007199254740993 reads as
 * …992), so two different Nos. could compare equal and "one more" could be the same number again.
 */
export const LARGEST_EXAMPLE_NUMBER = Number.MAX_SAFE_INTEGER;

/**
 * A No. cell's text as a whole number, or null when it is not one. Only digits count, with spaces around:
 * JavaScript's Number() would also take "1e2", "0x10", "1.0" or "" and a sheet would show those as written.
 */
export function exampleNumberOf(text: string): number | null {
  const digits = /^\s*(\d+)\s*$/.exec(text)?.[1];
  if (digits === undefined) return null;
  const number = Number(digits);
  return number > 0 && number <= LARGEST_EXAMPLE_NUMBER ? number : null;
}

/** Why a No. cell's text is not a usable No., in words that say what to write; null when it is one. */
export function exampleNumberProblem(text: string, next: number): string | null {
  const written = text.trim();
  if (exampleNumberOf(written) !== null) return null;
  if (/^\d+$/.test(written) && Number(written) === 0)
    return `No. must be a whole number from 1 up, such as ${next}, not "${written}".`;
  if (/^\d+$/.test(written))
    return `No. ${written} is too large to be told apart from its neighbours. Use a smaller whole number, such as ${next}.`;
  return `No. must be a whole number written with digits only, such as ${next}, not "${written}".`;
}

/** The smallest whole number above every No. in use (1 when there is none); Nos. that are not whole numbers are passed over. */
export function nextExampleNumber(ids: readonly string[]): number {
  let largest = 0;
  for (const id of ids) largest = Math.max(largest, exampleNumberOf(id) ?? 0);
  return largest + 1;
}
