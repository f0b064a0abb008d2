// Work after the response: failures are logged (never thrown), drain waits for pending tasks and has a bound.
import { describe, expect, it } from 'vitest';
import { createBackgroundTasks } from '../../server/background';
import { capturingLogger } from '../helpers/test-deps';

describe('background tasks', () => {
  it('logs a failed task and waits for pending ones when draining', async () => {
    const { lines, log } = capturingLogger();
    const tasks = createBackgroundTasks(log);
    let finished = false;
    tasks.run(new Promise((resolve) => setTimeout(() => resolve((finished = true)), 50)));
    tasks.run(Promise.reject(new Error('Slack said no')));
    expect(tasks.pending()).toBe(2);
    expect(await tasks.drain()).toBe(true);
    expect(finished).toBe(true);
    expect(tasks.pending()).toBe(0);
    expect(
      lines.some((l) => l.includes('background task failed') && l.includes('Slack said no')),
    ).toBe(true);
  });

  it('stops waiting after the timeout', async () => {
    const tasks = createBackgroundTasks(capturingLogger().log);
    tasks.run(new Promise(() => undefined));
    expect(await tasks.drain(30)).toBe(false);
    expect(tasks.pending()).toBe(1);
  });
});
