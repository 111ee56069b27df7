// Turns a file's bytes into article text, or says clearly why it cannot: too large, binary,
// not UTF-8. Used by the CLI and the editor alike; no Node or vscode API.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

export function decodeArticle(bytes: Uint8Array, maxBytes = DEFAULT_MAX_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${(maxBytes / 1048576).toFixed(1)} MB)` };
  }
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  // UTF-16 with a byte-order mark.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) };
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  let controls = 0;
  for (const b of head) {
    if (b === 0) return { ok: false, reason: 'binary (contains NUL bytes)' };
    if (b < 9 || (b > 13 && b < 32)) controls++;
  }
  if (controls > head.length * 0.1) return { ok: false, reason: 'binary (mostly control characters)' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 (re-save the file as UTF-8)' };
  }
}
