import { mountPage } from './page';

const page = mountPage('Textarea in a shadow root');
let value = '';
const model = page.setModel(() => value);

// Like Reddit's faceplate-textarea-input: the textarea lives in an open shadow root.
class ReplyTextarea extends HTMLElement {
  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    const textarea = document.createElement('textarea');
    textarea.setAttribute('aria-label', 'Reply');
    textarea.placeholder = 'Reply';
    textarea.addEventListener('input', () => {
      value = textarea.value;
      model.changed();
    });
    root.append(textarea);
  }
}
customElements.define('reply-textarea', ReplyTextarea);
page.slot.append(document.createElement('reply-textarea'));
