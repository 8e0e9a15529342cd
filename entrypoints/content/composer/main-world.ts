import {
  BRIDGE_HELLO_EVENT,
  BRIDGE_RESULT_SUFFIX,
  type BridgeResult,
  type BridgeTechnique,
} from './bridge-protocol';

/** The content-script half of the insertion bridge: one random channel per content-script session. */
export class PageWorldBridge {
  private readonly channel = `tact-${crypto.randomUUID()}`;
  private announced = false;
  private lastResult: BridgeResult | null = null;

  constructor(private readonly signal: AbortSignal) {}

  private announce(): void {
    if (this.announced) return;
    this.announced = true;
    document.addEventListener(
      `${this.channel}${BRIDGE_RESULT_SUFFIX}`,
      (event) => {
        const detail = (event as CustomEvent<unknown>).detail;
        this.lastResult = detail === 'handled' ? 'handled' : 'ignored';
      },
      { signal: this.signal },
    );
    document.dispatchEvent(new CustomEvent(BRIDGE_HELLO_EVENT, { detail: this.channel }));
  }

  /** What the editor did with the event; `unavailable` when the page-world script is not there. */
  dispatch(target: Element, technique: BridgeTechnique, text: string): BridgeResult | 'unavailable' {
    this.announce();
    this.lastResult = null;
    const request = new CustomEvent(this.channel, {
      bubbles: true,
      cancelable: true,
      composed: true,
      detail: JSON.stringify({ technique, text }),
    });
    const received = !target.dispatchEvent(request);
    return received ? (this.lastResult ?? 'ignored') : 'unavailable';
  }
}
