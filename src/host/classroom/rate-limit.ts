/**
 * Per-connection flood control: a token bucket. Every frame a client sends takes one token;
 * tokens come back at a steady rate up to the bucket's size. A frame that finds the bucket
 * empty is refused with a reason and not processed; a client that keeps sending into an empty
 * bucket is disconnected.
 */

/** Frames a client may send in one burst (a page load sends a handful of requests at once). */
export const RATE_LIMIT_BURST = 40;
/** Frames per second a client may sustain (a student's moves are a few a minute). */
export const RATE_LIMIT_PER_SECOND = 10;
/** Refused frames in a row after which the connection is closed (1008, policy violation). */
export const RATE_LIMIT_MAX_REFUSALS = 200;

export class TokenBucket {
  private tokens: number;
  private last: number;
  /** Frames refused since the last accepted one. */
  refusals = 0;

  constructor(
    private readonly capacity: number = RATE_LIMIT_BURST,
    private readonly perSecond: number = RATE_LIMIT_PER_SECOND,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  /** Takes one token; false when the bucket is empty (the frame must be refused). */
  take(): boolean {
    const t = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
    if (this.tokens >= 1) {
      this.tokens -= 1;
      this.refusals = 0;
      return true;
    }
    this.refusals += 1;
    return false;
  }
}
