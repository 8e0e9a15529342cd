// LinkedIn runs Quill 1.
import Quill from 'quill1';
import { mountPage } from './page';

const page = mountPage('Quill 1');
const host = document.createElement('div');
host.className = 'comments-comment-box';
page.slot.append(host);
const quill = new Quill(host, { placeholder: 'Add a comment…' });
const model = page.setModel(() => quill.getText().replace(/\n$/, ''));
quill.on('text-change', () => model.changed());
