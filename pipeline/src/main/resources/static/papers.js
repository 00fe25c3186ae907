// Search results grouped by paper (GET /api/search/papers): one card per paper with its best passages, sorted by
// relevance or year, with page numbers; plus, on both result views, the view switch, the sort choice, downloads
// of the results (CSV, JSON) and page numbers. Address: #search?...&view=papers&sort=year
'use strict';

const PAPER_PAGE = 10;

function resultParams(s) {
  const p = new URLSearchParams({ q: s.q, mode: s.mode });
  for (const [field, value] of Object.entries(s.filters)) p.append('filter', field + ':' + value);
  return p;
}

// The bar above either result view: passages / papers, relevance / year (papers), downloads.
function resultsBar(s) {
  const params = resultParams(s);
  const link = (label, target, active, id) => (active ? '<b class="view-choice active" id="' + id + '">' + label + '</b>'
    : '<a class="view-choice" id="' + id + '" href="' + esc(searchHash(target)) + '">' + label + '</a>');
  let html = '<div class="results-bar">Show ' + link('passages', { ...s, view: '', sort: '', offset: 0 }, s.view !== 'papers', 'view-passages')
    + ' · ' + link('papers', { ...s, view: 'papers', offset: 0 }, s.view === 'papers', 'view-papers');
  if (s.view === 'papers') {
    html += ' — sort by ' + link('relevance', { ...s, sort: '', offset: 0 }, s.sort !== 'year', 'sort-relevance')
      + ' · ' + link('year', { ...s, sort: 'year', offset: 0 }, s.sort === 'year', 'sort-year');
  }
  html += ' — download <a id="download-csv" href="/api/search/download?format=csv&' + esc(String(params)) + '">CSV</a>'
    + ' · <a id="download-json" href="/api/search/download?format=json&' + esc(String(params)) + '">JSON</a>'
    + ' · <a id="to-evidence-view" href="' + esc(evidenceHash({ q: s.q, mode: s.mode, filters: s.filters, type: '', sort: '', offset: 0 }))
    + '">evidence table</a></div>';
  return html;
}

// Adds the bar and page numbers to the passage view renderHits drew.
function decorateResults(s, total, size) {
  const content = $('#content');
  content.insertAdjacentHTML('afterbegin', resultsBar(s));
  content.insertAdjacentHTML('beforeend', pageNumbers(Math.min(total, 10000), s.offset, size, (o) => searchHash({ ...s, offset: o })));
}

async function runPaperSearch(s) {
  const content = $('#content');
  const p = resultParams(s);
  p.set('limit', PAPER_PAGE);
  p.set('offset', s.offset);
  if (s.sort) p.set('sort', s.sort);
  try {
    const result = await getJson('/api/search/papers?' + p);
    renderFacets(s, result.facets);
    let html = resultsBar(s) + '<div class="summary"><span id="paper-total">' + result.total_papers + ' paper'
      + (result.total_papers === 1 ? '' : 's') + '</span> with ' + result.total_passages + ' matching passage'
      + (result.total_passages === 1 ? '' : 's') + (result.truncated ? ' (first 10,000 passages)' : '') + '</div>';
    if (!result.papers.length) html += '<p class="empty">' + (result.total_papers ? 'No more papers on this page.' : 'Nothing matches.') + '</p>';
    for (const paper of result.papers) {
      const best = paper.hits[0];
      html += '<article class="paper-card" data-doc="' + paper.document_id + '"><div class="hit-head"><a class="doc" href="#doc/'
        + paper.document_id + (best ? '/p/' + best.passage_id : '') + '">' + esc(paper.title || paper.document) + '</a></div>'
        + '<div class="meta">' + esc(paper.document || '') + (paper.year ? ' · ' + paper.year : '') + (paper.doi ? ' · doi ' + esc(paper.doi) : '')
        + ' · ' + paper.matching_passages + ' matching passage' + (paper.matching_passages === 1 ? '' : 's') + '</div>';
      for (const h of paper.hits) {
        // snippets come HTML-escaped from the server, with <mark> around matches
        html += '<div class="paper-hit"><a class="passage-link" href="#doc/' + h.document_id + '/p/' + h.passage_id + '">'
          + esc(h.section || h.passage_kind) + '</a> <span class="snippet">' + h.snippet + '</span></div>';
      }
      html += '</article>';
    }
    html += pageNumbers(result.total_papers, s.offset, PAPER_PAGE, (o) => searchHash({ ...s, offset: o }));
    content.innerHTML = html;
  } catch (e) {
    $('#facets').innerHTML = '';
    renderError(s, e);
  }
}
