// Says in plain words which filter produced a list, for the title of every export.

import { searchWords } from '../filter';
import type { Query } from '../model';
import { isPrincipleId, principleLabel } from '../principles';

function orList(items: readonly string[], joiner: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${joiner} ${items[items.length - 1]}`;
}

function principlePart(query: Query): string | null {
  const ids = query.principles ?? [];
  if (ids.length === 0) return null;
  const names = ids.map((id) => (isPrincipleId(id) ? principleLabel(id) : `principle ${id}`));
  if (ids.length === 1) return `showing ${names[0]}`;
  return query.match === 'all' ? `showing all of ${orList(names, 'and')}` : `showing ${orList(names, 'or')}`;
}

/** "8 examples showing 4. Create open and transparent cultures", or "All 53 examples" with no filter. */
export function describeQuery(query: Query, count: number, total: number): string {
  const parts = [
    principlePart(query),
    query.types?.length ? `of type ${orList(query.types, 'or')}` : null,
    query.councils?.length ? `from ${orList(query.councils, 'or')}` : null,
    searchWords(query.text).length ? `mentioning “${(query.text ?? '').trim()}”` : null,
  ].filter((p): p is string => p !== null);
  const noun = count === 1 ? 'example' : 'examples';
  if (parts.length === 0) return count === total ? `All ${count} ${noun}` : `${count} ${noun}`;
  return `${count} ${noun} ${parts.join(', ')}`;
}
