import { BRIDGE_HELLO_EVENT, type BridgeTechnique } from './bridge-protocol';

/** The content-script half of the insertion bridge: one random channel per content-script session. */
export class PageWorldBridge {
  private readonly channel = `tact-${crypto.randomUUID()}`;
  private announced = false;

  /** true when the page-world script received the request and dispatched the event. */
  dispatch(target: Element, technique: BridgeTechnique, text: string): boolean {
    if (!this.announced) {
      document.dispatchEvent(new CustomEvent(BRIDGE_HELLO_EVENT, { detail: this.channel }));
      this.announced = true;
    }
    const request = new CustomEvent(this.channel, {
      bubbles: true,
      cancelable: true,
      composed: true,
      detail: JSON.stringify({ technique, text }),
    });
    return !target.dispatchEvent(request);
  }
}
