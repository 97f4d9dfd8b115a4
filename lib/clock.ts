/** Where services get the time from, so that tests and `--now` can move it. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function fixedClock(at: Date): Clock {
  return () => new Date(at);
}
