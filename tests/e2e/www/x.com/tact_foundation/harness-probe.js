/** A button and an input inside an open shadow root, and a record of clicks and key chords. */
window.probe = { clicks: 0, chords: [] };

customElements.define(
  'tact-harness-probe',
  class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: 'open' });
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = 'Shadow button';
      button.addEventListener('click', () => {
        window.probe.clicks += 1;
      });
      const input = document.createElement('input');
      input.setAttribute('aria-label', 'Shadow input');
      root.append(button, input);
    }
  },
);

document.addEventListener('keydown', (event) => {
  if (['Alt', 'Control', 'Shift', 'Meta'].includes(event.key)) return;
  const modifiers = ['Alt', 'Control', 'Meta', 'Shift'].filter((m) => event.getModifierState(m));
  window.probe.chords.push([...modifiers, event.code].join('+'));
});
