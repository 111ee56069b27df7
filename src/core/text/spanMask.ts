// Which characters are already taken by a mention: constant-time overlap checks instead of scanning
// every earlier hit (which is quadratic on pathological input such as a million-character line).

export class SpanMask {
  private readonly bits: Uint8Array;

  constructor(length: number) {
    this.bits = new Uint8Array(length + 1);
  }

  add(start: number, end: number): void {
    // Clamped at 0: a negative end would count from the array's end.
    this.bits.fill(1, Math.max(0, start), Math.max(0, start, end));
  }

  overlaps(start: number, end: number): boolean {
    for (let i = Math.max(0, start); i < end; i++) if (this.bits[i]) return true;
    return false;
  }
}
