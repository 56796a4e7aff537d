/** What MiniSearch 7 keeps, as its toJSON() reads it (serialization version 2). */
interface IndexState {
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, unknown>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _storedFields: Map<number, Record<string, unknown>>;
  _dirtCount: number;
  _index: Iterable<[string, Map<number, Map<number, number>>]>;
}

function isIndexState(value: object): value is IndexState {
  const state = value as Partial<IndexState>;
  return (
    state._documentIds instanceof Map &&
    state._fieldLength instanceof Map &&
    state._storedFields instanceof Map &&
    Array.isArray(state._avgFieldLength) &&
    typeof state._index?.[Symbol.iterator] === 'function'
  );
}

/**
 * `JSON.stringify(index.toJSON())`, written term by term: toJSON() builds
 * the whole index as objects first, which at a thousand slides is the
 * build's largest transient (about 13 MB more peak memory). Undefined when
 * the index is not laid out as MiniSearch 7 lays it out (the caller then
 * uses toJSON()).
 */
export function serializeIndex(index: object): string | undefined {
  if (!isIndexState(index)) return undefined;
  const head = JSON.stringify({
    documentCount: index._documentCount,
    nextId: index._nextId,
    documentIds: Object.fromEntries(index._documentIds),
    fieldIds: index._fieldIds,
    fieldLength: Object.fromEntries(index._fieldLength),
    averageFieldLength: index._avgFieldLength,
    storedFields: Object.fromEntries(index._storedFields),
    dirtCount: index._dirtCount,
  });
  const terms: string[] = [];
  for (const [term, fields] of index._index) {
    const data: Record<number, Record<number, number>> = {};
    for (const [fieldId, frequencies] of fields) data[fieldId] = Object.fromEntries(frequencies);
    terms.push(JSON.stringify([term, data]));
  }
  return `${head.slice(0, -1)},"index":[${terms.join(',')}],"serializationVersion":2}`;
}
