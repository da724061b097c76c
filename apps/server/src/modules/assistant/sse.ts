/**
 * Server-sent events as OpenAI-compatible servers stream them: `data:` lines,
 * an event ending at a blank line, `:` comments as keep-alives. Reads text in
 * whatever pieces the network delivers (a line, or even a `\r\n`, may be split
 * across reads) and hands back each event's data once it is complete.
 */
export class SseDataReader {
  private buffered = '';
  private data: string[] = [];

  /** The data of every event this piece completes. */
  push(piece: string): string[] {
    this.buffered += piece;
    const complete: string[] = [];
    for (;;) {
      const end = this.buffered.search(/\r\n|\r|\n/);
      if (end < 0) break;
      // A lone `\r` at the end may be the first half of `\r\n`: wait for the next piece.
      if (this.buffered[end] === '\r' && end === this.buffered.length - 1) break;
      const line = this.buffered.slice(0, end);
      const width = this.buffered.startsWith('\r\n', end) ? 2 : 1;
      this.buffered = this.buffered.slice(end + width);
      this.readLine(line, complete);
    }
    return complete;
  }

  /** The stream ended: an event not closed by a blank line still counts. */
  end(): string[] {
    const complete: string[] = [];
    if (this.buffered !== '') this.readLine(this.buffered, complete);
    this.buffered = '';
    this.readLine('', complete);
    return complete;
  }

  private readLine(line: string, complete: string[]): void {
    if (line === '') {
      if (this.data.length > 0) complete.push(this.data.join('\n'));
      this.data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    if (field !== 'data') return; // event:, id:, retry: say nothing the chat stream needs
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    this.data.push(value);
  }
}
