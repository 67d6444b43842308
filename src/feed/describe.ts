/**
 * Short, safe descriptions of untrusted values for error and warning messages: they name the
 * type and shape of what came, never dump it (a feed can be megabytes, and its text is hostile).
 */

const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

/** Plain text for a message: no control characters, at most `max` characters. */
export function preview(text: string, max = 40): string {
  const cleaned = text.slice(0, max * 2).replace(CONTROL, ' ');
  return cleaned.length > max ? `${cleaned.slice(0, max)}…` : cleaned;
}

/** `typeof`, but naming `null` and arrays, as JSON would. */
export function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** "an object with keys: foo, bar", "an array of 3 entries", "a string", "null". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) {
    if (value.length === 0) return 'an empty array';
    return `an array of ${value.length} ${value.length === 1 ? 'entry' : 'entries'} (the first is ${describeShallow(value[0])})`;
  }
  if (typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 0) return 'an empty object';
    const shown = keys.slice(0, 10).map((k) => preview(k, 30));
    return `an object with keys: ${shown.join(', ')}${keys.length > 10 ? `, … (${keys.length} keys)` : ''}`;
  }
  return describeShallow(value);
}

function describeShallow(value: unknown): string {
  const type = typeName(value);
  if (type === 'string') return `a string ('${preview(value as string, 20)}')`;
  if (type === 'number' || type === 'boolean')
    return `${type === 'number' ? 'a number' : 'a boolean'} (${String(value)})`;
  if (type === 'object' || type === 'array') return `an ${type}`;
  return type;
}
