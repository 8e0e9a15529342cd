import { describe, expect, it } from 'vitest';
import { findAnsweredComment } from '@/entrypoints/content/composer/comment-context';
import { editableRootOf, editorKindOf } from '@/entrypoints/content/composer/editor';
import { isSendControl } from '@/entrypoints/content/composer/send-watch';
import { adapterFor, genericAdapter } from '@/lib/sites';

function html(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

describe('reply box detection', () => {
  it('names the editor library from its markers', () => {
    html(`
      <div class="DraftEditor-root"><div class="public-DraftEditor-content" contenteditable="true"><span id="d">x</span></div></div>
      <div data-lexical-editor="true" contenteditable="true" id="l"></div>
      <div class="ql-editor" contenteditable="true" id="q"></div>
      <div class="ProseMirror" contenteditable="true" id="p"></div>
      <div data-slate-editor="true" contenteditable="true" id="s"></div>
      <div contenteditable="true" id="c"></div>
      <textarea id="t"></textarea>`);
    const kind = (id: string) => editorKindOf(editableRootOf(document.getElementById(id))!);
    expect(['d', 'l', 'q', 'p', 's', 'c', 't'].map(kind)).toEqual([
      'draft',
      'lexical',
      'quill',
      'prosemirror',
      'slate',
      'contenteditable',
      'textarea',
    ]);
  });

  it('takes the outermost editable element, and the editable inside a [role=textbox] wrapper', () => {
    html(`<div contenteditable="true" id="outer"><p contenteditable="true" id="inner">x</p></div>
      <div role="textbox" id="wrapper"><div contenteditable="true" id="editable"></div></div>
      <div role="textbox" id="placeholder">Add a comment…</div>`);
    expect(editableRootOf(document.getElementById('inner'))?.id).toBe('outer');
    expect(editableRootOf(document.getElementById('wrapper'))?.id).toBe('editable');
    expect(editableRootOf(document.getElementById('placeholder'))).toBeNull();
  });
});

describe('the comment a reply box answers', () => {
  it('prefers the comment the highlights marked, with its clauses', () => {
    html(`<div>
      <article data-tact-risk="none"><a rel="author" href="/a">Old Comment</a><p>fine</p></article>
      <article data-tact-risk="high" data-tact-rules="insult shouting"><a rel="author" href="/j">Jane Roe</a>
        <a href="/c/1"><time datetime="2026-11-23T08:00:00Z">2h</time></a><p>you idiot</p></article>
      <form><textarea id="box"></textarea></form></div>`);
    const answered = findAnsweredComment(document.getElementById('box')!, genericAdapter);
    expect(answered).toMatchObject({
      author: 'Jane Roe',
      markedRules: ['insult', 'shouting'],
      at: Date.parse('2026-11-23T08:00:00Z'),
    });
    expect(answered?.permalink).toMatch(/\/c\/1$/);
  });

  it('reads a Reddit comment that holds its reply box', () => {
    html(`<shreddit-comment author="ann_lee" permalink="/r/x/comments/1/comment/2/" thingid="t1_2">
      <div slot="comment"><p>Where is my order?</p></div>
      <div><textarea id="box"></textarea></div></shreddit-comment>`);
    const answered = findAnsweredComment(document.getElementById('box')!, adapterFor('reddit'));
    expect(answered?.author).toBe('ann_lee');
    expect(answered?.markedRules).toBeNull();
  });

  it('finds nothing for a box far from any comment', () => {
    html(`<form><textarea id="box"></textarea></form>`);
    expect(findAnsweredComment(document.getElementById('box')!, genericAdapter)).toBeNull();
  });
});

describe('the send control of a reply box', () => {
  it('is the submit button of its form, or a nearby button labelled send/reply/publier', () => {
    html(`<main><section><div><div><div><form id="f"><textarea id="box"></textarea>
      <button type="submit" id="submit">➤</button><button type="button" id="emoji">😀</button></form>
      </div></div></div></section></main>
      <div><div><div id="area" contenteditable="true"></div></div><button id="publier">Publier</button></div>
      <aside><button id="far">Reply</button></aside>`);
    const box = document.getElementById('box')!;
    const area = document.getElementById('area')!;
    const by = (id: string) => document.getElementById(id)!;
    expect(isSendControl(by('submit'), box, genericAdapter)).toBe(true);
    expect(isSendControl(by('emoji'), box, genericAdapter)).toBe(false);
    expect(isSendControl(by('publier'), area, genericAdapter)).toBe(true);
    expect(isSendControl(by('far'), box, genericAdapter)).toBe(false);
  });
});
