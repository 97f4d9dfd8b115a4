/**
 * Preloaded (NODE_OPTIONS=--import) by `npm run screenshots` into the portal's processes: their
 * clock starts at DEMO_CLOCK when the process starts and runs on from there, so that the demo is
 * written and shown at the same moment on every run and the pictures do not change. Only
 * Date is moved; timers are untouched.
 */
// Preloaded before the portal's modules: lib/config/env cannot be imported here.
// eslint-disable-next-line no-restricted-properties
const start = Date.parse(process.env.DEMO_CLOCK ?? "");
if (!Number.isNaN(start)) {
  const RealDate = Date;
  const offset = start - RealDate.now();
  const now = () => RealDate.now() + offset;
  function ShiftedDate(...args) {
    if (!new.target) return new RealDate(now()).toString();
    return args.length ? new RealDate(...args) : new RealDate(now());
  }
  ShiftedDate.prototype = RealDate.prototype;
  ShiftedDate.now = now;
  ShiftedDate.parse = RealDate.parse;
  ShiftedDate.UTC = RealDate.UTC;
  globalThis.Date = ShiftedDate;
}
