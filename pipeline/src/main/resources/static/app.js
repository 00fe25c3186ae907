// oncoev search page: search box, facet filters, highlighted passages, document view with evidence.
// State lives in the URL hash so that results and document views can be linked and the back button works:
//   #search?q=...&mode=simple|strict&offset=N&filter=field:value...   results
//   #doc/ID[/p/PASSAGE[/START-END]]                                   a document, a passage, characters marked
'use strict';
const $ = (sel) => document.querySelector(sel);
const PAGE = 10;
const FACET_LABELS = { agent: 'Agent', endpoint: 'Endpoint', type: 'Evidence type', year: 'Year', journal: 'Journal', section: 'Section' };
const TYPE_LABELS = { cohort: 'cohort', survival: 'survival', p_value: 'p-value', hazard_ratio: 'hazard ratio', dose: 'dose' };
let lastSearchHash = '';
let cachedDoc = null;

function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

async function getJson(url) {
  const res = await fetch(url);
  const body = await res.json().catch(() => ({ error: 'unreadable answer (HTTP ' + res.status + ')' }));
  if (!res.ok) {
    const err = new Error(body.error || ('HTTP ' + res.status));
    err.position = body.position;
    throw err;
  }
  return body;
}

// ---- search state <-> hash -------------------------------------------------------------------------------

function parseSearch(hash) {
  const p = new URLSearchParams(hash.replace(/^#search\??/, ''));
  const filters = {};
  for (const f of p.getAll('filter')) {
    const i = f.indexOf(':');
    if (i > 0) filters[f.slice(0, i)] = f.slice(i + 1);
  }
  return { q: p.get('q') || '', mode: p.get('mode') === 'strict' ? 'strict' : 'simple',
    offset: Math.max(0, parseInt(p.get('offset') || '0', 10) || 0), filters,
    view: p.get('view') === 'papers' ? 'papers' : '', sort: p.get('sort') === 'year' ? 'year' : '' };
}

function searchHash(s) {
  const p = new URLSearchParams({ q: s.q, mode: s.mode });
  if (s.offset) p.set('offset', s.offset);
  for (const [field, value] of Object.entries(s.filters)) p.append('filter', field + ':' + value);
  if (s.view) p.set('view', s.view);
  if (s.sort) p.set('sort', s.sort);
  return '#search?' + p;
}

function go(s) {
  location.hash = searchHash(s);
}

// ---- results ---------------------------------------------------------------------------------------------

async function runSearch(s) {
  $('#main').className = 'results-view';
  $('#q').value = s.q;
  $('#mode').value = s.mode;
  const content = $('#content');
  content.innerHTML = '<p class="busy">Searching…</p>';
  if (s.view === 'papers') return runPaperSearch(s);
  const p = new URLSearchParams({ q: s.q, mode: s.mode, limit: PAGE, offset: s.offset });
  for (const [field, value] of Object.entries(s.filters)) p.append('filter', field + ':' + value);
  try {
    const result = await getJson('/api/search?' + p);
    renderFacets(s, result.facets);
    renderHits(s, result);
    decorateResults(s, result.total, PAGE);
  } catch (e) {
    $('#facets').innerHTML = '';
    renderError(s, e);
  }
}

function renderError(s, e) {
  let html = '<div class="error" id="error"><p>' + esc(e.message) + '</p>';
  if (Number.isInteger(e.position) && e.position >= 0 && e.position <= s.q.length) {
    html += '<pre class="caret">' + esc(s.q) + '\n' + ' '.repeat(e.position) + '^</pre>';
  }
  if (s.mode === 'strict') html += '<p>Check brackets and quotes, or switch to <b>simple</b> mode, which never fails.</p>';
  $('#content').innerHTML = html + '</div>';
}

function renderFacets(s, facets) {
  const aside = $('#facets');
  aside.innerHTML = '';
  for (const [dim, values] of Object.entries(facets || {})) {
    const entries = Object.entries(values);
    if (!entries.length && !s.filters[dim]) continue;
    const box = document.createElement('div');
    box.className = 'facet-group';
    box.innerHTML = '<h3>' + esc(FACET_LABELS[dim] || dim) + '</h3>';
    for (const [value, count] of entries) {
      const active = s.filters[dim] === value;
      const a = document.createElement('a');
      a.href = '#';
      a.className = 'facet' + (active ? ' active' : '');
      a.dataset.dim = dim;
      a.dataset.value = value;
      a.title = active ? 'Remove this filter' : 'Show only passages with ' + dim + ' ' + value;
      a.innerHTML = '<span class="v">' + esc(dim === 'type' ? (TYPE_LABELS[value] || value) : value) + '</span>'
        + '<span class="n">' + (active ? '✕' : count) + '</span>';
      a.addEventListener('click', (ev) => {
        ev.preventDefault();
        const filters = { ...s.filters };
        if (active) delete filters[dim]; else filters[dim] = value;
        go({ ...s, offset: 0, filters });
      });
      box.appendChild(a);
    }
    aside.appendChild(box);
  }
}

function chips(evidence) {
  const out = [];
  for (const t of evidence.type || []) out.push('<span class="chip type">' + esc(TYPE_LABELS[t] || t) + '</span>');
  for (const e of evidence.endpoint || []) out.push('<span class="chip endpoint">' + esc(e) + '</span>');
  for (const v of evidence.pvalue || []) out.push('<span class="chip num">P ' + esc(v) + '</span>');
  for (const v of evidence.hr || []) out.push('<span class="chip num">HR ' + esc(v) + '</span>');
  const agents = evidence.agent || [];
  for (const a of agents.slice(0, 4)) out.push('<span class="chip agent">' + esc(a) + '</span>');
  if (agents.length > 4) out.push('<span class="chip more">+' + (agents.length - 4) + ' agents</span>');
  return out.join('');
}

function renderHits(s, result) {
  const from = result.offset + 1, to = result.offset + result.hits.length;
  let html = '<div class="summary"><span id="total">' + result.total + ' passage' + (result.total === 1 ? '' : 's')
    + (result.hits.length ? ', showing ' + from + '–' + to : '') + '</span>';
  for (const [dim, value] of Object.entries(s.filters)) {
    html += ' <a href="#" class="active-filter" data-dim="' + esc(dim) + '" title="Remove filter">'
      + esc(dim) + ': ' + esc(value) + ' ✕</a>';
  }
  html += '</div>';
  if (!result.hits.length) {
    html += '<p class="empty">' + (result.total ? 'No more hits on this page.' : 'Nothing matches. '
      + (s.mode === 'strict' ? 'Field values match whole words (agent:sorafenib); try simple mode for free text.'
        : 'Try fewer words or a prefix (surviv*).')) + '</p>';
  }
  for (const h of result.hits) {
    // snippets come HTML-escaped from the server, with <mark> around matches
    html += '<article class="hit"><div class="hit-head"><a class="doc" href="#doc/' + h.document_id + '/p/' + h.passage_id
      + '" data-doc="' + h.document_id + '" data-passage="' + h.passage_id + '">' + esc(h.title || h.document) + '</a></div>'
      + '<div class="meta">' + esc(h.document) + ' · ' + esc(h.section) + ' · ' + esc(h.passage_kind)
      + ' · chars ' + h.char_start + '–' + h.char_end + '</div>' + sourceLine(h)
      + '<div class="snippet">' + h.snippet + '</div><div class="chips">' + chips(h.evidence || {}) + '</div></article>';
  }
  html += '<nav class="pager">';
  if (result.offset > 0) html += '<a href="' + esc(searchHash({ ...s, offset: Math.max(0, s.offset - PAGE) })) + '" id="prev">← previous</a>';
  if (to < result.total && to < 10000) html += '<a href="' + esc(searchHash({ ...s, offset: s.offset + PAGE })) + '" id="next">next →</a>';
  html += '</nav>';
  const content = $('#content');
  content.innerHTML = html;
  content.querySelectorAll('.active-filter').forEach((a) => a.addEventListener('click', (ev) => {
    ev.preventDefault();
    const filters = { ...s.filters };
    delete filters[a.dataset.dim];
    go({ ...s, offset: 0, filters });
  }));
}

// Journal (year) and the DOI as a link, for a hit or a document; empty when none is known.
function sourceLine(d) {
  const parts = [];
  const where = [d.journal, d.year != null ? '(' + d.year + ')' : ''].filter(Boolean).join(' ');
  if (where) parts.push(esc(where));
  if (d.pmid) parts.push('PMID ' + esc(d.pmid));
  if (d.doi) parts.push('<a class="doi" href="https://doi.org/' + esc(encodeURI(d.doi)) + '" target="_blank" rel="noopener">doi:' + esc(d.doi) + '</a>');
  return parts.length ? '<div class="source">' + parts.join(' · ') + '</div>' : '';
}

// ---- document view ---------------------------------------------------------------------------------------

function factValue(f) {
  return factCore(f) + factDetails(f);
}

function factCore(f) {
  const num = (x) => (x == null ? '' : String(x));
  const ci = f.ci_low != null && f.ci_high != null ? ' (95% CI ' + f.ci_low + '–' + f.ci_high + ')' : '';
  switch (f.type) {
    case 'cohort': return f.size + ' patients';
    case 'survival': return [f.endpoint, f.measure, num(f.value) + (f.value_max != null ? '–' + f.value_max : '') + (f.unit ? ' ' + f.unit : '')]
      .filter(Boolean).join(' ') + (f.time_months != null ? ' at ' + timePoint(f.time_months) : '') + ci;
    case 'p_value': return 'P ' + (f.p_value_modifier || '') + ' ' + num(f.p_value);
    case 'hazard_ratio': return (f.adjusted || f.measure === 'adjusted' ? 'adjusted ' : '') + 'HR ' + num(f.hazard_ratio) + ci;
    case 'dose': return [f.agent, num(f.amount) + (f.value_max != null ? '–' + f.value_max : ''), f.unit, f.route, f.schedule].filter(Boolean).join(' ');
    default: return f.raw_text;
  }
}

// 60 -> "5 years", 18 -> "18 months".
function timePoint(months) {
  return months >= 12 && months % 12 === 0 ? (months / 12) + '-year' : months + '-month';
}

// Arm and cited flag, shown after every value.
function factDetails(f) {
  return (f.arm ? ' · arm: ' + f.arm : '') + (f.cited ? ' · cited study' : '');
}

// Passage text with characters [start, end) marked.
function markedText(text, start, end) {
  if (start == null || end == null || start < 0 || end > text.length || start >= end) return esc(text);
  return esc(text.slice(0, start)) + '<mark class="fact" id="marked">' + esc(text.slice(start, end)) + '</mark>'
    + esc(text.slice(end));
}

async function showDocument(id, passageId, start, end) {
  $('#main').className = 'doc-view';
  const content = $('#content');
  const back = lastSearchHash ? '<a href="' + esc(lastSearchHash) + '" id="back">← back to results</a>' : '<a href="#" id="back">← start page</a>';
  $('#facets').innerHTML = '';
  try {
    if (!cachedDoc || String(cachedDoc.id) !== String(id)) cachedDoc = await getJson('/api/documents/' + encodeURIComponent(id));
    const doc = cachedDoc;
    const sectionByOrdinal = new Map((doc.sections || []).map((sec) => [sec.ordinal, sec]));
    let html = '<div class="doc-head">' + back + '<h2 id="doc-title">' + esc(doc.title || doc.file_name) + '</h2><p class="meta">'
      + esc(doc.file_name) + ' · ' + esc(doc.format) + ' · ' + doc.char_count + ' characters · '
      + doc.passages.length + ' passages · ' + doc.evidence.length + ' facts'
      + (doc.current ? '' : ' · <b>superseded</b>') + '</p>' + sourceLine(doc) + '</div><div class="doc-body"><div class="doc-evidence"><h3>Evidence</h3>';
    if (!doc.evidence.length) html += '<p class="empty">No evidence extracted.</p>';
    html += '<table class="evidence"><thead><tr><th>type</th><th>value</th><th>as written</th></tr></thead><tbody>';
    for (const f of doc.evidence) {
      const selected = String(f.passage_id) === String(passageId) && f.passage_start === start && f.passage_end === end;
      html += '<tr class="' + (selected ? 'selected' : '') + '"><td>' + esc(TYPE_LABELS[f.type] || f.type) + '</td><td>'
        + esc(factValue(f)) + '</td><td><a class="fact-link" title="Show in passage (file chars ' + f.char_start + '–' + f.char_end + ')"'
        + ' href="#doc/' + doc.id + '/p/' + f.passage_id + '/' + f.passage_start + '-' + f.passage_end + '">'
        + esc(f.raw_text) + '</a></td></tr>';
    }
    html += '</tbody></table></div><div class="doc-passages"><h3>Text</h3>';
    let section = null;
    for (const p of doc.passages) {
      if (p.section_ordinal !== section) {
        section = p.section_ordinal;
        const sec = sectionByOrdinal.get(section);
        if (sec && (sec.heading || sec.kind)) html += '<h4 class="section">' + esc(sec.heading || sec.kind) + '</h4>';
      }
      const selected = String(p.id) === String(passageId);
      html += '<div class="passage' + (selected ? ' selected' : '') + '" id="passage-' + p.id + '"><span class="tag">'
        + esc(p.kind) + ' · chars ' + p.char_start + '–' + p.char_end + '</span>'
        + (selected ? markedText(p.text, start, end) : esc(p.text)) + '</div>';
    }
    content.innerHTML = html + '</div></div>';
    const target = $('#marked') || (passageId && document.getElementById('passage-' + passageId));
    if (target) target.scrollIntoView({ block: 'center' });
    const row = content.querySelector('tr.selected'), panel = content.querySelector('.doc-evidence');
    if (row && panel) {  // scroll the evidence panel only, not the window
      const offset = row.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      panel.scrollTop += offset - panel.clientHeight / 3;
    }
  } catch (e) {
    content.innerHTML = '<div class="doc-head">' + back + '</div><p class="error" id="error">' + esc(e.message) + '</p>';
  }
}

// ---- routing ---------------------------------------------------------------------------------------------

function route() {
  const hash = location.hash;
  const m = hash.match(/^#doc\/(\d+)(?:\/p\/(\d+)(?:\/(\d+)-(\d+))?)?$/);
  if (m) {
    showDocument(m[1], m[2], m[3] == null ? null : Number(m[3]), m[4] == null ? null : Number(m[4]));
  } else if (hash.startsWith('#evidence')) {
    showEvidence(hash);
  } else if (hash.startsWith('#search')) {
    lastSearchHash = hash;
    runSearch(parseSearch(hash));
  } else {
    $('#main').className = 'start-view';
    $('#facets').innerHTML = '';
    $('#content').innerHTML = $('#start-page').innerHTML;
  }
}

$('#search-form').addEventListener('submit', (ev) => {
  ev.preventDefault();
  const s = { q: $('#q').value, mode: $('#mode').value, offset: 0, filters: {} };
  if (location.hash === searchHash(s)) runSearch(s); else go(s);
});
window.addEventListener('hashchange', route);
route();
