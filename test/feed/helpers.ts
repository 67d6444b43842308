// Shared test helpers for the feed client: a guard that fails a test when anything escapes to the
// page (uncaught errors, unhandled rejections), warning capture, and the fault server's counters.
import { expect } from '@open-wc/testing';
import { FeedError } from '../../src/feed/errors.js';

/** Installs beforeEach/afterEach hooks asserting no `error` or `unhandledrejection` reached window. */
export function guardPageErrors(): void {
  const escaped: string[] = [];
  const onError = (event: ErrorEvent): void => {
    escaped.push(`error: ${event.message}`);
  };
  const onRejection = (event: PromiseRejectionEvent): void => {
    escaped.push(`unhandledrejection: ${String(event.reason)}`);
  };
  beforeEach(() => {
    escaped.length = 0;
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  afterEach(async () => {
    // Unhandled rejections are reported after the microtask queue drains: give them a moment.
    await new Promise((resolve) => setTimeout(resolve, 50));
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
    expect(escaped, 'nothing may escape to the page').to.deep.equal([]);
  });
}

/** Replaces console.warn for the duration of each test; `warnings` holds what was warned. */
export function captureWarnings(): string[] {
  const warnings: string[] = [];
  let original: typeof console.warn;
  beforeEach(() => {
    warnings.length = 0;
    original = console.warn;
    console.warn = (...args: unknown[]) => {
      warnings.push(args.map(String).join(' '));
    };
  });
  afterEach(() => {
    console.warn = original;
  });
  return warnings;
}

/** Runs `fn` with console.warn silenced, returning what it warned. */
export function silenced<T>(fn: () => T): { result: T; warnings: string[] } {
  const warnings: string[] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => {
    warnings.push(args.map(String).join(' '));
  };
  try {
    return { result: fn(), warnings };
  } finally {
    console.warn = original;
  }
}

/** A key no other test (or browser) uses. */
export function uniqueKey(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

export interface FaultCounter {
  count: number;
  closed: number;
  times: number[];
}

export async function readCounter(key: string): Promise<FaultCounter> {
  const response = await fetch(`/faults/count-read?key=${encodeURIComponent(key)}`, { cache: 'no-store' });
  return (await response.json()) as FaultCounter;
}

/** Polls the fault server until `predicate` holds (the test's own timeout bounds the wait). */
export async function waitForCounter(
  key: string,
  predicate: (c: FaultCounter) => boolean,
): Promise<FaultCounter> {
  for (;;) {
    const counter = await readCounter(key);
    if (predicate(counter)) return counter;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Awaits `promise`, expecting a FeedError; returns it. */
export async function rejection(promise: Promise<unknown>): Promise<FeedError> {
  try {
    await promise;
  } catch (error) {
    expect(error).to.be.instanceOf(FeedError);
    return error as FeedError;
  }
  throw new Error('expected the promise to reject');
}

/** An absolute URL on the test server. */
export function abs(path: string): string {
  return new URL(path, location.href).href;
}
