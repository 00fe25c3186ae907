// oncoev search page: search box, facet filters, highlighted passages, document view with evidence.
'use strict';
const $ = (sel) => document.querySelector(sel);
const PAGE = 10;
const state = { q: '', mode: 'simple', offset: 0, filters: {} };

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json().catch(() => ({ error: 'unreadable answer (' + res.status + ')' }));
  if (!res.ok) throw new Error(body.error || ('HTTP ' + res.status));
  return body;
}

function searchUrl() {
  const p = new URLSearchParams({ q: state.q, mode: state.mode, limit: PAGE, offset: state.offset });
  for (const [field, value] of Object.entries(state.filters)) p.append('filter', field + ':' + value);
  return '/api/search?' + p;
}

async function runSearch() {
  const content = $('#content');
  content.innerHTML = '<p>Searching…</p>';
  try {
    const result = await getJson(searchUrl());
    renderFacets(result.facets);
    renderHits(result);
  } catch (e) {
    content.innerHTML = '<p class="error" id="error">' + esc(e.message) + '</p>';
  }
}

function renderFacets(facets) {
  const aside = $('#facets');
  aside.innerHTML = '';
  for (const [dim, values] of Object.entries(facets || {})) {
    const entries = Object.entries(values);
    if (!entries.length && !state.filters[dim]) continue;
    const h = document.createElement('h3');
    h.textContent = dim;
    aside.appendChild(h);
    for (const [value, count] of entries) {
      const a = document.createElement('a');
      a.href = '#';
      a.className = 'facet' + (state.filters[dim] === value ? ' active' : '');
      a.dataset.dim = dim;
      a.dataset.value = value;
      a.textContent = value + ' (' + count + ')' + (state.filters[dim] === value ? ' ✕' : '');
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        if (state.filters[dim] === value) delete state.filters[dim]; else state.filters[dim] = value;
        state.offset = 0;
        runSearch();
      });
      aside.appendChild(a);
    }
  }
}

function renderHits(result) {
  const content = $('#content');
  const from = result.offset + 1, to = result.offset + result.hits.length;
  let html = '<p id="total">' + result.total + ' passages' + (result.hits.length ? ', showing ' + from + '–' + to : '') + '</p>';
  for (const h of result.hits) {
    // snippets come HTML-escaped from the server, with <mark> around matches
    html += '<div class="hit"><span class="doc" data-doc="' + h.document_id + '" data-passage="' + h.passage_id + '">'
      + esc(h.document) + '</span> <span class="meta">' + esc(h.section) + ' · ' + esc(h.passage_kind)
      + ' · chars ' + h.char_start + '–' + h.char_end + '</span><div class="snippet">' + h.snippet + '</div></div>';
  }
  html += '<div class="pager">';
  if (result.offset > 0) html += '<a id="prev">← previous</a>';
  if (to < result.total) html += '<a id="next">next →</a>';
  html += '</div>';
  content.innerHTML = html;
  content.querySelectorAll('.doc').forEach((el) => el.addEventListener('click', () => {
    location.hash = 'doc/' + el.dataset.doc + '/p/' + el.dataset.passage;
  }));
  const prev = $('#prev'), next = $('#next');
  if (prev) prev.addEventListener('click', () => { state.offset = Math.max(0, state.offset - PAGE); runSearch(); });
  if (next) next.addEventListener('click', () => { state.offset += PAGE; runSearch(); });
}

function factValue(f) {
  switch (f.type) {
    case 'cohort': return f.size + ' patients' + (f.arm ? ' (' + f.arm + ')' : '');
    case 'survival': return f.endpoint + ' ' + f.measure + ' ' + f.value + (f.unit ? ' ' + f.unit : '');
    case 'p_value': return 'P ' + f.p_value_modifier + ' ' + f.p_value;
    case 'hazard_ratio': return 'HR ' + f.hazard_ratio + (f.ci_low != null ? ' (' + f.ci_low + '–' + f.ci_high + ')' : '');
    case 'dose': return f.agent + ' ' + f.amount + (f.unit ? ' ' + f.unit : '');
    default: return f.raw_text;
  }
}

// Passage text with characters [start, end) marked.
function markedText(text, start, end) {
  if (start == null || end == null || start < 0 || end > text.length || start >= end) return esc(text);
  return esc(text.slice(0, start)) + '<mark class="fact">' + esc(text.slice(start, end)) + '</mark>' + esc(text.slice(end));
}

async function showDocument(id, passageId, start, end) {
  const content = $('#content');
  $('#facets').innerHTML = '<a href="#" id="back">← back to results</a>';
  $('#back').addEventListener('click', (ev) => { ev.preventDefault(); history.back(); });
  try {
    const doc = await getJson('/api/documents/' + encodeURIComponent(id));
    let html = '<h2 id="doc-title">' + esc(doc.title || doc.file_name) + '</h2><p class="meta">' + esc(doc.file_name)
      + ' · ' + esc(doc.format) + ' · ' + doc.char_count + ' characters</p><h3>Evidence</h3>';
    html += '<table class="evidence"><tr><th>type</th><th>value</th><th>text</th><th>where</th></tr>';
    for (const f of doc.evidence) {
      html += '<tr><td>' + esc(f.type) + '</td><td>' + esc(factValue(f)) + '</td><td>' + esc(f.raw_text)
        + '</td><td><a class="fact-link" href="#doc/' + doc.id + '/p/' + f.passage_id + '/' + f.passage_start + '-' + f.passage_end
        + '">chars ' + f.char_start + '–' + f.char_end + '</a></td></tr>';
    }
    html += '</table><h3>Passages</h3>';
    for (const p of doc.passages) {
      const selected = String(p.id) === String(passageId);
      html += '<div class="passage' + (selected ? ' selected' : '') + '" id="passage-' + p.id + '"><span class="tag">'
        + esc(p.kind) + ' ' + p.char_start + '–' + p.char_end + '</span>'
        + (selected ? markedText(p.text, start, end) : esc(p.text)) + '</div>';
    }
    content.innerHTML = html;
    const target = passageId && document.getElementById('passage-' + passageId);
    if (target) target.scrollIntoView({ block: 'center' });
  } catch (e) {
    content.innerHTML = '<p class="error" id="error">' + esc(e.message) + '</p>';
  }
}

function route() {
  const m = location.hash.match(/^#doc\/(\d+)(?:\/p\/(\d+)(?:\/(\d+)-(\d+))?)?$/);
  if (m) showDocument(m[1], m[2], m[3] == null ? null : Number(m[3]), m[4] == null ? null : Number(m[4]));
  else if (state.q || Object.keys(state.filters).length) runSearch();
}

$('#search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  state.q = $('#q').value;
  state.mode = $('#mode').value;
  state.offset = 0;
  if (location.hash) location.hash = ''; else runSearch();
});
window.addEventListener('hashchange', route);
route();
