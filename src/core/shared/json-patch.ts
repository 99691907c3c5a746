/**
 * JSON patches between two versions of one document (a seat's view after two commands), so a
 * push can carry what changed instead of the whole view. Only ever computed between two views of
 * the same viewer: a patch holds nothing its receiver's next view would not hold.
 *
 * Three operations: set a value at a path, append items to an array at a path (the log and
 * the lists that grow with it), delete a key. Paths are lists of object keys and array indexes.
 */
export type PatchPath = (string | number)[];
export type PatchOp =
  | { op: 'set'; path: PatchPath; value: unknown }
  | { op: 'append'; path: PatchPath; values: unknown[] }
  | { op: 'delete'; path: PatchPath };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Changes recorded by whoever made a document from another (e.g. a log with entries appended). */
const recorded = new WeakMap<object, { from: object; ops: readonly PatchOp[] }>();

/**
 * Records that `to` was made from `from` by `ops` (paths relative to them), so that a diff
 * between the two takes these operations instead of walking them. Both must never change after.
 */
export function recordChanges(from: object, to: object, ops: readonly PatchOp[]): void {
  recorded.set(to, { from, ops });
}

/** The operations that turn `a` into `b` (both JSON values; undefined members count as absent). */
export function diffJson(a: unknown, b: unknown): PatchOp[] {
  const ops: PatchOp[] = [];
  walk(a, b, [], ops);
  return ops;
}

function walk(a: unknown, b: unknown, path: PatchPath, ops: PatchOp[]): void {
  if (a === b) return;
  const known = typeof b === 'object' && b !== null ? recorded.get(b) : undefined;
  if (known && known.from === a) {
    for (const op of known.ops) ops.push({ ...op, path: [...path, ...op.path] });
    return;
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    if (b.length < a.length) {
      ops.push({ op: 'set', path, value: b });
      return;
    }
    for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) walk(a[i], b[i], [...path, i], ops);
    if (b.length > a.length) ops.push({ op: 'append', path, values: b.slice(a.length) });
    return;
  }
  if (isObject(a) && isObject(b)) {
    for (const key of Object.keys(b)) {
      const next = b[key];
      if (next === undefined) continue;
      const before = a[key];
      if (before === undefined) ops.push({ op: 'set', path: [...path, key], value: next });
      else if (before !== next) walk(before, next, [...path, key], ops);
    }
    for (const key of Object.keys(a)) {
      if (a[key] !== undefined && b[key] === undefined)
        ops.push({ op: 'delete', path: [...path, key] });
    }
    return;
  }
  ops.push({ op: 'set', path, value: b });
}

/** Applies operations to a document without changing it: changed branches are copied. */
export function applyPatch<T>(doc: T, ops: readonly PatchOp[]): T {
  let root = doc as unknown as Json;
  for (const op of ops) root = applyOne(root, op, 0);
  return root as unknown as T;
}

function applyOne(node: Json, op: PatchOp, depth: number): Json {
  if (depth === op.path.length) {
    if (op.op === 'set') return op.value as Json;
    if (op.op === 'append') {
      if (!Array.isArray(node))
        throw new Error(`patch: append to a non-array at ${op.path.join('.')}`);
      return [...node, ...(op.values as Json[])];
    }
    throw new Error('patch: cannot delete the document');
  }
  const key = op.path[depth]!;
  if (Array.isArray(node) && typeof key === 'number') {
    if (key < 0 || key >= node.length)
      throw new Error(`patch: no index ${key} at ${op.path.slice(0, depth).join('.')}`);
    const copy = node.slice();
    copy[key] = applyOne(node[key]!, op, depth + 1);
    return copy;
  }
  if (isObject(node) && typeof key === 'string') {
    const copy: { [key: string]: Json } = { ...(node as { [key: string]: Json }) };
    if (op.op === 'delete' && depth === op.path.length - 1) {
      delete copy[key];
      return copy;
    }
    if (!(key in node) && !(op.op === 'set' && depth === op.path.length - 1)) {
      throw new Error(`patch: no key "${key}" at ${op.path.slice(0, depth).join('.')}`);
    }
    copy[key] =
      depth === op.path.length - 1 && op.op === 'set'
        ? (op.value as Json)
        : applyOne(node[key]!, op, depth + 1);
    return copy;
  }
  throw new Error(`patch: path ${op.path.join('.')} does not match the document`);
}
