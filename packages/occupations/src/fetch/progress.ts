/**
 * Download progress for a terminal: one line redrawn in place when the output
 * is a TTY (bar, percent, MB, speed), plain lines at every 10 % otherwise
 * (CI logs, pipes), so a log never fills with carriage returns.
 */

export interface ProgressOutput {
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
  write(text: string): unknown;
}

export interface ProgressReporter {
  update(received: number): void;
  done(): void;
}

const MB = 1024 * 1024;
const mb = (bytes: number) => (bytes / MB).toFixed(1);

export function formatProgress(
  received: number,
  total: number | null,
  elapsedMs: number,
  width = 24,
): string {
  const speed = elapsedMs > 0 ? `${mb((received / elapsedMs) * 1000)} MB/s` : '– MB/s';
  if (!total) return `${mb(received)} MB  ${speed}`;
  const share = Math.min(1, received / total);
  const filled = Math.round(share * width);
  const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
  return `${bar} ${String(Math.floor(share * 100)).padStart(3)}%  ${mb(received)}/${mb(total)} MB  ${speed}`;
}

export function progressReporter(
  out: ProgressOutput,
  total: number | null,
  now: () => number = () => performance.now(),
): ProgressReporter {
  const started = now();
  let lastDraw = -Infinity;
  let lastTenth = -1;
  let received = 0;
  const line = () => formatProgress(received, total, now() - started);
  return {
    update(bytes) {
      received = bytes;
      if (out.isTTY) {
        // Redraw at most ten times a second.
        if (now() - lastDraw < 100) return;
        lastDraw = now();
        out.write(`\r${line()}\x1b[K`);
        return;
      }
      const tenth = total ? Math.floor((received / total) * 10) : Math.floor(received / (10 * MB));
      if (tenth > lastTenth) {
        lastTenth = tenth;
        out.write(`${line()}\n`);
      }
    },
    done() {
      out.write(out.isTTY ? `\r${line()}\x1b[K\n` : `${line()}\n`);
    },
  };
}
