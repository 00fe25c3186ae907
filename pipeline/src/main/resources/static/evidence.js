// Evidence view: one row per fact across the papers a search matches (GET /api/evidence), by type, with the
// search's facets, sortable columns, page numbers, CSV/JSON downloads and, for hazard ratios and survival, a
// forest plot of the whole selection. Address:
//   #evidence?q=...&mode=simple|strict&type=survival&filter=field:value&sort=[-]key&offset=N
'use strict';

const EVIDENCE_PAGE = 25;
const PLOT_LIMIT = 1000;
const EVIDENCE_TYPES = ['survival', 'hazard_ratio', 'cohort', 'p_value', 'dose'];
const num = (x) => (x == null ? '' : String(x));
const ci = (r) => (r.ci_low != null && r.ci_high != null ? num(r.ci_low) + '–' + num(r.ci_high) : '');
const paperCell = (r) => '<span class="paper" title="' + esc(r.document) + '">' + esc(r.title || r.document) + '</span>';

// Columns per type: [header, sort key or null, cell renderer].
const EVIDENCE_COLUMNS = {
  survival: [['endpoint', 'endpoint', (r) => esc(r.endpoint)], ['measure', 'measure', (r) => esc(r.measure)],
    ['value', 'value', (r) => esc(num(r.value) + (r.value_max != null ? '–' + r.value_max : '') + (r.unit ? ' ' + r.unit : ''))],
    ['95% CI', 'ci_low', (r) => esc(ci(r))], ['time point', 'time_months', (r) => esc(r.time_months != null ? r.time_months + ' months' : '')]],
  hazard_ratio: [['HR', 'value', (r) => esc(num(r.value))], ['95% CI', 'ci_low', (r) => esc(ci(r))],
    ['p', 'p_value', (r) => esc(r.p_value != null ? (r.relation || '=') + ' ' + r.p_value : '')], ['adjusted', 'measure', (r) => (r.measure === 'adjusted' ? 'yes' : '')],
    ['covariate', 'covariate', (r) => (r.covariate ? 'yes' : '')]],
  cohort: [['patients', 'value', (r) => esc(num(r.value))]],
  p_value: [['p', 'p_value', (r) => esc((r.relation || '=') + ' ' + num(r.p_value))]],
  dose: [['agent', 'agent', (r) => esc(r.agent)], ['amount', 'amount', (r) => esc(num(r.amount) + (r.value_max != null ? '–' + r.value_max : '') + ' ' + (r.unit || ''))],
    ['route', 'route', (r) => esc(r.route)], ['schedule', 'schedule', (r) => esc(r.schedule)]],
  all: [['type', 'type', (r) => esc(TYPE_LABELS[r.type] || r.type)], ['value', 'value', (r) => esc(factCore(flatToFact(r)))]],
};

// A flat row in the shape factValue (document view) reads.
function flatToFact(r) {
  return { ...r, size: r.value, hazard_ratio: r.value, p_value_modifier: r.relation, raw_text: r.quote };
}

function parseEvidence(hash) {
  const p = new URLSearchParams(hash.replace(/^#evidence\??/, ''));
  const s = parseSearch('#search?' + p);
  const type = p.get('type');
  return { ...s, type: EVIDENCE_TYPES.includes(type) ? type : '', sort: p.get('sort') || '' };
}

function evidenceHash(s) {
  return '#evidence?' + evidenceParams(s, true);
}

function evidenceParams(s, withPaging) {
  const p = new URLSearchParams({ q: s.q, mode: s.mode });
  if (s.type) p.set('type', s.type);
  for (const [field, value] of Object.entries(s.filters)) p.append('filter', field + ':' + value);
  if (s.sort) p.set('sort', s.sort);
  if (withPaging && s.offset) p.set('offset', s.offset);
  return p;
}

function evidenceFacets(s, facets) {
  const aside = $('#facets');
  aside.innerHTML = '';
  for (const [dim, values] of Object.entries(facets || {})) {
    const entries = Object.entries(values);
    if (!entries.length && !s.filters[dim]) continue;
    let html = '<div class="facet-group"><h3>' + esc(FACET_LABELS[dim] || dim) + ' <small>(passages)</small></h3>';
    for (const [value, count] of entries) {
      const active = s.filters[dim] === value;
      const filters = { ...s.filters };
      if (active) delete filters[dim]; else filters[dim] = value;
      html += '<a class="facet' + (active ? ' active' : '') + '" data-dim="' + esc(dim) + '" data-value="' + esc(value) + '" href="'
        + esc(evidenceHash({ ...s, filters, offset: 0 })) + '"><span class="v">' + esc(dim === 'type' ? (TYPE_LABELS[value] || value) : value)
        + '</span><span class="n">' + (active ? '✕' : count) + '</span></a>';
    }
    aside.insertAdjacentHTML('beforeend', html + '</div>');
  }
}

function pageNumbers(total, offset, size, hashOf) {
  const pages = Math.ceil(total / size), current = Math.floor(offset / size);
  if (pages <= 1) return '';
  const shown = [...new Set([0, current - 2, current - 1, current, current + 1, current + 2, pages - 1])]
    .filter((p) => p >= 0 && p < pages).sort((a, b) => a - b);
  let html = '<nav class="pages" aria-label="Pages">', last = -1;
  for (const p of shown) {
    if (p > last + 1) html += '<span class="gap">…</span>';
    html += p === current ? '<b class="page current">' + (p + 1) + '</b>' : '<a class="page" href="' + esc(hashOf(p * size)) + '">' + (p + 1) + '</a>';
    last = p;
  }
  return html + '</nav>';
}

function evidenceTable(s, rows) {
  const cols = EVIDENCE_COLUMNS[s.type || 'all'];
  const head = [['paper', 'title'], ['year', 'year'], ...cols.map((c) => [c[0], c[1]]), ['arm', 'arm'], ['n', 'arm_n'], ['cited', 'cited'], ['as written', null]];
  let html = '<table class="evidence-table" id="evidence-table"><thead><tr>';
  for (const [label, key] of head) {
    if (!key) { html += '<th>' + esc(label) + '</th>'; continue; }
    const next = s.sort === key ? '-' + key : key;
    const mark = s.sort === key ? ' ▲' : s.sort === '-' + key ? ' ▼' : '';
    html += '<th><a class="sort" data-key="' + esc(key) + '" href="' + esc(evidenceHash({ ...s, sort: next, offset: 0 })) + '">' + esc(label) + mark + '</a></th>';
  }
  html += '</tr></thead><tbody>';
  for (const r of rows) {
    html += '<tr class="evidence-row"><td>' + paperCell(r) + '</td><td>' + esc(num(r.year)) + '</td>'
      + cols.map((c) => '<td>' + c[2](r) + '</td>').join('')
      + '<td>' + esc(r.arm) + '</td><td>' + esc(num(r.arm_n)) + '</td><td>' + (r.cited ? 'cited' : '') + '</td>'
      + '<td><a class="passage-link" href="' + esc(r.link) + '" title="Show in its passage">' + esc(r.quote) + '</a></td></tr>';
  }
  return html + '</tbody></table>';
}

async function showEvidence(hash) {
  const s = parseEvidence(hash);
  lastSearchHash = hash;
  $('#main').className = 'evidence-view';
  $('#q').value = s.q;
  $('#mode').value = s.mode;
  const content = $('#content');
  content.innerHTML = '<p class="busy">Gathering evidence…</p>';
  const params = evidenceParams(s, false);
  try {
    const page = await getJson('/api/evidence?' + params + '&limit=' + EVIDENCE_PAGE + '&offset=' + s.offset);
    evidenceFacets(s, page.facets);
    let html = '<nav class="type-tabs">' + ['', ...EVIDENCE_TYPES].map((t) => '<a class="type-tab' + (t === s.type ? ' active' : '')
      + '" data-type="' + t + '" href="' + esc(evidenceHash({ ...s, type: t, sort: '', offset: 0 })) + '">' + esc(t ? TYPE_LABELS[t] : 'all') + '</a>').join('') + '</nav>'
      + '<div class="summary"><span id="evidence-total">' + page.total + ' fact' + (page.total === 1 ? '' : 's') + '</span> in '
      + page.passages + ' matching passage' + (page.passages === 1 ? '' : 's') + (s.q ? ' for <b>' + esc(s.q) + '</b>' : '')
      + ' · <a href="/api/evidence.csv?' + esc(String(params)) + '" download="evidence.csv" id="evidence-csv">CSV</a>'
      + ' · <a href="/api/evidence?' + esc(String(params)) + '&limit=' + PLOT_LIMIT + '" download="evidence.json" id="evidence-json">JSON</a>'
      + ' · <a href="' + esc(searchHash({ q: s.q, mode: s.mode, offset: 0, filters: s.filters })) + '">passages</a></div>';
    if (s.type === 'hazard_ratio' || s.type === 'survival') html += '<section id="forest" class="forest-section"><p class="busy">Drawing…</p></section>';
    html += page.rows.length ? evidenceTable(s, page.rows) : '<p class="empty">No facts in this selection.</p>';
    html += pageNumbers(page.total, s.offset, EVIDENCE_PAGE, (o) => evidenceHash({ ...s, offset: o }));
    content.innerHTML = html;
    if (s.type === 'hazard_ratio' || s.type === 'survival') {
      const all = page.total <= page.rows.length && s.offset === 0 ? page
        : await getJson('/api/evidence?' + params + '&limit=' + PLOT_LIMIT);
      renderForest($('#forest'), s.type, all.rows, all.total > all.rows.length);
    }
  } catch (e) {
    $('#facets').innerHTML = '';
    renderError(s, e);
  }
}

// The header's "Evidence" link carries the current search (query, mode, filters) into the evidence view.
document.addEventListener('click', (ev) => {
  const a = ev.target.closest && ev.target.closest('#to-evidence');
  if (!a) return;
  ev.preventDefault();
  const h = location.hash;
  const s = h.startsWith('#search') ? parseSearch(h) : h.startsWith('#evidence') ? parseEvidence(h)
    : { q: $('#q').value, mode: $('#mode').value, filters: {} };
  location.hash = evidenceHash({ q: s.q, mode: s.mode, filters: s.filters, type: s.type || '', sort: '', offset: 0 });
});
