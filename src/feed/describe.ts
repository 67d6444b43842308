/**
 * Short, safe descriptions of untrusted values for error and warning messages: they name the
 * type and shape of what came, never dump it (a feed can be megabytes, and its text is hostile).
 */
import { cleanLine, truncate } from './read.js';

/** Plain text for a message, on one line (no control characters), at most `max` characters. */
export function preview(text: string, max = 40): string {
  const line = cleanLine(text, max + 1);
  return line.length > max ? `${truncate(line, max)}…` : line;
}

/** `typeof`, but naming `null` and arrays, as JSON would. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** "an object with keys: foo, bar", "an array of 3 entries", "a string ('…')", "a number (42)", "null". */
export function describeValue(value: unknown): string {
  const type = typeName(value);
  if (type === 'array') return `an array of ${(value as unknown[]).length} entries`;
  if (type === 'object') {
    const keys = Object.keys(value as object);
    const shown = keys.slice(0, 10).map((k) => preview(k, 30));
    return `an object with keys: ${shown.join(', ') || '(none)'}${keys.length > 10 ? `, … (${keys.length} keys)` : ''}`;
  }
  if (type === 'string') return `a string ('${preview(value as string, 20)}')`;
  return type === 'number' || type === 'boolean' ? `a ${type} (${String(value)})` : type;
}
