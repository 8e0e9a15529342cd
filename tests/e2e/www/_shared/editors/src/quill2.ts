import Quill from 'quill';
import { mountPage } from './page';

const page = mountPage('Quill 2');
const host = document.createElement('div');
page.slot.append(host);
const quill = new Quill(host, { placeholder: 'Add a comment…' });
const model = page.setModel(() => quill.getText().replace(/\n$/, ''));
quill.on('text-change', () => model.changed());
