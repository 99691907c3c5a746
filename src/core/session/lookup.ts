import { DUTY_IDS, type DutyId } from '../shared/duty-ids';

/**
 * Lookups keyed by what a player typed. The session keeps drafts, agreements, memorials and
 * votes in plain records, and a plain record answers "constructor" or "toString" with something
 * every object inherits: an id must find only what the session itself put there.
 */
export function ownEntry<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Whether the record holds this key itself (not through the object prototype). */
export function hasOwnEntry(record: Readonly<Record<string, unknown>>, key: string): boolean {
  return Object.hasOwn(record, key);
}

/** The refusal for an id that names nothing in the session, e.g. `There is no draft called "d9".` */
export function noSuch(what: string, id: string, where = ''): string {
  return `There is no ${what} called "${id}"${where ? ` ${where}` : ''}.`;
}

export function isDutyId(duty: string): duty is DutyId {
  return (DUTY_IDS as readonly string[]).includes(duty);
}
