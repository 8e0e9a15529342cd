import type { TestPage } from '../harness';

/**
 * Moves an open extension page's clock by `offsetMs` (0 puts it back), then tells the page it regained
 * focus, which is when the popup re-reads the day. Works the same in Chromium and Firefox: it replaces
 * `Date` in the page's main world, where the popup's code runs.
 */
export async function shiftPageClock(page: TestPage, offsetMs: number): Promise<void> {
  await page.evaluate((offset) => {
    const holder = globalThis as unknown as { __tactRealDate?: DateConstructor; Date: DateConstructor };
    const RealDate = holder.__tactRealDate ?? Date;
    holder.__tactRealDate = RealDate;
    class ShiftedDate extends RealDate {
      constructor(...args: unknown[]) {
        if (args.length === 0) super(RealDate.now() + offset);
        else super(...(args as [string | number]));
      }
      static override now(): number {
        return RealDate.now() + offset;
      }
    }
    holder.Date = ShiftedDate as DateConstructor;
    window.dispatchEvent(new Event('focus'));
  }, offsetMs);
}
