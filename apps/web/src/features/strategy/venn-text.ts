/**
 * SVG text does not wrap by itself, and the diagram must look the same when
 * exported (no HTML inside it), so lines are broken here by an estimate of
 * characters per line: good enough for the short statements it holds.
 */

const ELLIPSIS = '…';

/**
 * `text` broken into at most `maxLines` lines of at most `maxChars`
 * characters, at spaces where possible; what does not fit is cut and the last
 * line ends with an ellipsis. Runs of whitespace count as one space.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const whole of text.trim().split(/\s+/).filter(Boolean)) {
    let word = whole;
    // A word longer than a line is broken across lines.
    while (word.length > maxChars) {
      if (line) lines.push(line);
      lines.push(word.slice(0, maxChars));
      line = '';
      word = word.slice(maxChars);
    }
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= maxChars) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
    // Statements can be thousands of characters; stop once the rest is cut anyway.
    if (lines.length > maxLines) break;
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] =
    `${last.length >= maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}${ELLIPSIS}`;
  return kept;
}
