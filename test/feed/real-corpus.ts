// The real-data corpus (test/fixtures/real/) and what each document holds, worked out by
// test/fixtures/real/expectations.py with Python's own XML and JSON readers, independently of ours.

export interface Expectation {
  file: string;
  format: 'rss' | 'rdf' | 'atom' | 'json-feed' | 'wordpress';
  items: number;
  titles: (string | null)[];
  ids: string[];
  sentence: string | null;
  sentenceItem: number | null;
}

export const corpus = (await (await fetch('/test/fixtures/real/expected.json')).json()) as Expectation[];

/** Whitespace collapsed, as the expectations write text. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();
