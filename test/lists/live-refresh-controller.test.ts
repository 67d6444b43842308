import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  LiveRefreshController,
  type LiveRefreshClock,
} from '../../src/controllers/live-refresh-controller.js';
import { resetVisibility, setVisibility } from './helpers.js';

/** A clock the test moves by hand: timers fire only in `advance`. */
class ManualClock implements LiveRefreshClock {
  time = 0;
  #next = 1;
  readonly timers = new Map<number, { at: number; callback: () => void }>();
  now() {
    return this.time;
  }
  setTimeout(callback: () => void, ms: number) {
    const id = this.#next++;
    this.timers.set(id, { at: this.time + ms, callback });
    return id;
  }
  clearTimeout(id: unknown) {
    this.timers.delete(id as number);
  }
  /** Moves time forward, firing due timers in order; lets promise callbacks run after each. */
  async advance(ms: number) {
    const end = this.time + ms;
    for (;;) {
      const due = [...this.timers].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      due[1].callback();
      await flush();
    }
    this.time = end;
    await flush();
  }
}

/** Lets pending promise callbacks run (the controller awaits the refresh, then schedules). */
async function flush() {
  for (let i = 0; i < 10; i++) await Promise.resolve();
}

/** The smallest host a controller needs. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
  requestUpdate() {}
  readonly updateComplete = Promise.resolve(true);
  connect() {
    this.controllers.forEach((c) => c.hostConnected?.());
  }
  updated() {
    this.controllers.forEach((c) => c.hostUpdated?.());
  }
  disconnect() {
    this.controllers.forEach((c) => c.hostDisconnected?.());
  }
}

/** The `type` listeners on `target` as code adds and removes them, until `restore()`. */
function trackListeners(target: EventTarget, type: string): { listening: Set<unknown>; restore: () => void } {
  const listening = new Set<unknown>();
  const { addEventListener: add, removeEventListener: remove } = target;
  target.addEventListener = (
    name: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) => {
    if (name === type) listening.add(listener);
    add.call(target, name, listener, options);
  };
  target.removeEventListener = (
    name: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) => {
    if (name === type) listening.delete(listener);
    remove.call(target, name, listener, options);
  };
  return {
    listening,
    restore: () => {
      target.addEventListener = add;
      target.removeEventListener = remove;
    },
  };
}

function setup(intervalMs: number | undefined, refresh?: () => Promise<unknown>) {
  const clock = new ManualClock();
  const host = new Host();
  const state = { intervalMs, calls: 0 };
  new LiveRefreshController(host, {
    clock,
    intervalMs: () => state.intervalMs,
    refresh: () => {
      state.calls++;
      return refresh ? refresh() : Promise.resolve(true);
    },
  });
  host.connect();
  host.updated();
  return { clock, host, state };
}

describe('LiveRefreshController', () => {
  beforeEach(() => setVisibility('visible'));
  afterEach(() => resetVisibility());

  it('refreshes once per interval while the page is visible', async () => {
    const { clock, state, host } = setup(1000);
    await clock.advance(999);
    expect(state.calls).to.equal(0);
    await clock.advance(1);
    expect(state.calls).to.equal(1);
    await clock.advance(3000);
    expect(state.calls).to.equal(4);
    host.disconnect();
  });

  it('does nothing without an interval, and starts when one is set', async () => {
    const { clock, state, host } = setup(undefined);
    await clock.advance(10_000);
    expect(state.calls).to.equal(0);
    state.intervalMs = 500;
    host.updated();
    await clock.advance(500);
    expect(state.calls).to.equal(1);
    state.intervalMs = undefined;
    host.updated();
    await clock.advance(10_000);
    expect(state.calls).to.equal(1);
    host.disconnect();
  });

  it("listens to the page's visibility only while it has an interval", () => {
    const visibility = trackListeners(document, 'visibilitychange');
    try {
      const { host, state } = setup(undefined);
      expect(visibility.listening.size, 'no interval').to.equal(0);
      state.intervalMs = 500;
      host.updated();
      expect(visibility.listening.size, 'an interval').to.equal(1);
      state.intervalMs = undefined;
      host.updated();
      expect(visibility.listening.size, 'interval removed').to.equal(0);
      state.intervalMs = 500;
      host.updated();
      host.disconnect();
      expect(visibility.listening.size, 'disconnected').to.equal(0);
      // Lit may update a removed element (a property set after remove()).
      state.intervalMs = 700;
      host.updated();
      expect(visibility.listening.size, 'updated while disconnected').to.equal(0);
    } finally {
      visibility.restore();
    }
  });

  it('pauses while hidden and refreshes right away on return when one fell due', async () => {
    const { clock, state, host } = setup(1000);
    await clock.advance(300);
    setVisibility('hidden');
    expect(clock.timers.size).to.equal(0);
    await clock.advance(5000);
    expect(state.calls).to.equal(0);
    setVisibility('visible');
    await clock.advance(0);
    expect(state.calls).to.equal(1);
    // And the interval starts again from that refresh.
    await clock.advance(999);
    expect(state.calls).to.equal(1);
    await clock.advance(1);
    expect(state.calls).to.equal(2);
    host.disconnect();
  });

  it('resumes with the time left when nothing fell due while hidden', async () => {
    const { clock, state, host } = setup(1000);
    await clock.advance(300);
    setVisibility('hidden');
    await clock.advance(200);
    setVisibility('visible');
    await clock.advance(499);
    expect(state.calls).to.equal(0);
    await clock.advance(1);
    expect(state.calls).to.equal(1);
    host.disconnect();
  });

  it('never overlaps refreshes: the next interval starts when a slow refresh settles', async () => {
    let finish: (() => void) | undefined;
    const { clock, state, host } = setup(1000, () => new Promise<void>((resolve) => (finish = resolve)));
    await clock.advance(1000);
    expect(state.calls).to.equal(1);
    await clock.advance(5000);
    expect(state.calls).to.equal(1);
    finish!();
    await clock.advance(0);
    await clock.advance(999);
    expect(state.calls).to.equal(1);
    await clock.advance(1);
    expect(state.calls).to.equal(2);
    host.disconnect();
  });

  it('keeps going after a failed refresh', async () => {
    const { clock, state, host } = setup(1000, () => Promise.reject(new Error('offline')));
    await clock.advance(3000);
    expect(state.calls).to.equal(3);
    host.disconnect();
  });

  it('stops on disconnect and starts afresh on reconnect', async () => {
    const { clock, state, host } = setup(1000);
    await clock.advance(900);
    host.disconnect();
    expect(clock.timers.size).to.equal(0);
    await clock.advance(5000);
    expect(state.calls).to.equal(0);
    // Hidden/visible events after disconnect do not restart it.
    setVisibility('hidden');
    setVisibility('visible');
    expect(clock.timers.size).to.equal(0);
    host.connect();
    await clock.advance(999);
    expect(state.calls).to.equal(0);
    await clock.advance(1);
    expect(state.calls).to.equal(1);
    host.disconnect();
  });
});
