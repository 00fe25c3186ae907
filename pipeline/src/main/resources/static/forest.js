// Forest plot of the evidence view: one row per fact (paper and arm on the left, a point and its CI in the middle,
// the numbers on the right), drawn as SVG. Hazard ratios on a log scale with a line at 1; medians on a linear
// scale from 0. Downloadable as SVG and PNG.
'use strict';

const FOREST = { row: 22, top: 34, bottom: 40, label: 300, plot: 420, numbers: 170 };

// Rows the plot can draw for a type: hazard ratios with a CI, or medians in months with a CI.
function forestRows(type, rows) {
  const ok = (r) => r.value != null && r.ci_low != null && r.ci_high != null && r.ci_low <= r.value && r.value <= r.ci_high;
  if (type === 'hazard_ratio') return rows.filter((r) => r.type === 'hazard_ratio' && ok(r) && r.ci_low > 0);
  if (type === 'survival') return rows.filter((r) => r.type === 'survival' && r.measure === 'median' && r.unit === 'months' && ok(r));
  return [];
}

function niceTicks(lo, hi, log) {
  if (log) return [0.01, 0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 1, 1.5, 2, 3, 5, 10, 20, 50, 100].filter((t) => t >= lo && t <= hi);
  const span = hi - lo, raw = span / 6, mag = Math.pow(10, Math.floor(Math.log10(raw)));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => span / s <= 7);
  const out = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + 1e-9; t += step) out.push(Number(t.toFixed(6)));
  return out;
}

function fmt(x) {
  return Number(x).toFixed(Math.abs(x) < 10 ? 2 : 1).replace(/\.?0+$/, '');
}

// SVG markup of the plot for `rows` (already filtered by forestRows); `type` picks the scale.
function forestSvg(type, rows) {
  const log = type === 'hazard_ratio';
  const F = FOREST, width = F.label + F.plot + F.numbers, height = F.top + rows.length * F.row + F.bottom;
  let lo = Math.min(...rows.map((r) => r.ci_low)), hi = Math.max(...rows.map((r) => r.ci_high));
  if (log) { lo = Math.min(lo, 1) / 1.15; hi = Math.max(hi, 1) * 1.15; } else { lo = 0; hi = hi * 1.05 || 1; }
  const t = (v) => (log ? Math.log(v) : v), x = (v) => F.label + ((t(v) - t(lo)) / (t(hi) - t(lo))) * F.plot;
  const title = log ? 'Hazard ratio (log scale)' : 'Median (months)';
  let svg = '<svg xmlns="http://www.w3.org/2000/svg" class="forest" width="' + width + '" height="' + height
    + '" viewBox="0 0 ' + width + ' ' + height + '" font-family="sans-serif" font-size="12">'
    + '<rect width="100%" height="100%" fill="#fff"/>'
    + '<text x="' + F.label + '" y="16" font-weight="bold">' + esc(title) + ' — ' + rows.length + ' fact' + (rows.length === 1 ? '' : 's') + '</text>'
    + '<text x="8" y="' + (F.top - 6) + '" fill="#5f6b7a">Paper · arm</text>'
    + '<text x="' + (F.label + F.plot + 10) + '" y="' + (F.top - 6) + '" fill="#5f6b7a">' + (log ? 'HR (95% CI)' : 'median (95% CI)') + '</text>';
  const axisY = F.top + rows.length * F.row + 6;
  for (const tick of niceTicks(lo, hi, log)) {
    svg += '<line x1="' + x(tick) + '" x2="' + x(tick) + '" y1="' + F.top + '" y2="' + axisY + '" stroke="#e5e9ef"/>'
      + '<text x="' + x(tick) + '" y="' + (axisY + 14) + '" text-anchor="middle" fill="#5f6b7a">' + tick + '</text>';
  }
  if (log) svg += '<line class="null-line" x1="' + x(1) + '" x2="' + x(1) + '" y1="' + F.top + '" y2="' + axisY + '" stroke="#333" stroke-dasharray="4 3"/>';
  svg += '<line x1="' + F.label + '" x2="' + (F.label + F.plot) + '" y1="' + axisY + '" y2="' + axisY + '" stroke="#333"/>';
  rows.forEach((r, i) => {
    const y = F.top + i * F.row + F.row / 2;
    const label = (r.title || r.document) + (r.year ? ' (' + r.year + ')' : '');
    const short = label.length > 44 ? label.slice(0, 43) + '…' : label;
    const arm = (r.arm ? ' · ' + (r.arm.length > 14 ? r.arm.slice(0, 13) + '…' : r.arm) : '') + (r.covariate ? ' · covariate' : '');
    const what = log ? '' : r.endpoint + ' ';
    svg += '<g class="forest-row" data-passage="' + esc(r.passage_id) + '"><title>' + esc(label + (r.arm ? ' · ' + r.arm : '') + ': ' + r.quote) + '</title>'
      + '<text x="8" y="' + (y + 4) + '">' + esc(what + short + arm) + '</text>'
      + '<line x1="' + x(r.ci_low) + '" x2="' + x(r.ci_high) + '" y1="' + y + '" y2="' + y + '" stroke="#1d3557" stroke-width="1.6"/>'
      + '<rect class="point" x="' + (x(r.value) - 4) + '" y="' + (y - 4) + '" width="8" height="8" fill="' + (r.cited ? '#fff' : '#1d3557') + '" stroke="#1d3557"/>'
      + '<text x="' + (F.label + F.plot + 10) + '" y="' + (y + 4) + '">' + fmt(r.value) + ' (' + fmt(r.ci_low) + '–' + fmt(r.ci_high) + ')' + (r.cited ? ' cited' : '') + '</text></g>';
  });
  return svg + '</svg>';
}

function download(name, blob) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function svgBlob(svg) {
  return new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' });
}

// The SVG as a PNG at twice its size, drawn through an image and a canvas; calls back with the blob.
function pngBlob(svg, callback) {
  const img = new Image();
  img.onload = () => {
    const canvas = document.createElement('canvas');
    canvas.width = svg.width.baseVal.value * 2;
    canvas.height = svg.height.baseVal.value * 2;
    const ctx = canvas.getContext('2d');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0);
    canvas.toBlob(callback, 'image/png');
  };
  img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(new XMLSerializer().serializeToString(svg));
}

// Renders the plot into `holder` with its download buttons (nothing drawable: a note instead).
function renderForest(holder, type, rows, capped) {
  const drawn = forestRows(type, rows);
  if (!drawn.length) {
    holder.innerHTML = '<p class="empty" id="forest-empty">No ' + (type === 'hazard_ratio' ? 'hazard ratios' : 'medians in months')
      + ' with a 95% CI in this selection, so there is no forest plot.</p>';
    return;
  }
  const name = type === 'hazard_ratio' ? 'forest-hazard-ratios' : 'forest-medians';
  holder.innerHTML = '<div class="forest-tools"><span id="forest-count">' + drawn.length + ' of ' + rows.length + ' facts have a CI and are drawn'
    + (capped ? ' (first ' + rows.length + ' of the selection)' : '') + '</span>'
    + ' <button type="button" id="forest-svg">Download SVG</button> <button type="button" id="forest-png">Download PNG</button></div>'
    + '<div class="forest-holder">' + forestSvg(type, drawn) + '</div>';
  const svg = holder.querySelector('svg');
  holder.querySelector('#forest-svg').addEventListener('click', () => download(name + '.svg', svgBlob(svg)));
  holder.querySelector('#forest-png').addEventListener('click', () => pngBlob(svg, (b) => download(name + '.png', b)));
  holder.querySelectorAll('g.forest-row').forEach((g, i) => g.addEventListener('click', () => { location.hash = drawn[i].link; }));
}
