// The browsable API page at /api/docs: plain HTML, CSS and JavaScript served by the gateway itself
// (no CDN is reachable from the project's machines, and the CSP allows only 'self'). It renders the
// operations of /api/openapi.json, French first, English second.

export const DOCS_HTML = `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Binôme — API</title>
<link rel="stylesheet" href="/api/docs/docs.css">
</head>
<body>
<header>
  <h1>Binôme — API publique <span lang="en">/ public API</span></h1>
  <p>Document OpenAPI : <a href="/api/openapi.json">/api/openapi.json</a> <span lang="en">(OpenAPI document)</span></p>
  <label>Filtrer <span lang="en">/ filter</span> <input id="filter" type="search" autocomplete="off"></label>
</header>
<main id="ops"><p>Chargement… <span lang="en">/ loading…</span></p></main>
<script src="/api/docs/docs.js"></script>
</body>
</html>
`;

export const DOCS_CSS = `body{font-family:system-ui,sans-serif;margin:0 auto;max-width:70rem;padding:1rem;color:#1d1d1f}
header{border-bottom:1px solid #ddd;margin-bottom:1rem}
h2{margin-top:2rem;text-transform:capitalize}
span[lang=en],.en{color:#666}
details{border:1px solid #ddd;border-radius:6px;margin:.4rem 0;padding:.4rem .6rem}
summary{cursor:pointer;display:flex;gap:.8rem;align-items:baseline;flex-wrap:wrap}
.method{font-weight:700;min-width:4.5rem;text-transform:uppercase}
.get{color:#0a6}.post{color:#06c}.delete{color:#c20}.put,.patch{color:#a60}
code{background:#f4f4f4;padding:0 .2rem;border-radius:3px}
.public{font-size:.8rem;border:1px solid #0a6;color:#0a6;border-radius:3px;padding:0 .3rem}
table{border-collapse:collapse;margin:.4rem 0}td,th{border:1px solid #eee;padding:.2rem .5rem;text-align:left;vertical-align:top}
pre{background:#f7f7f7;padding:.5rem;overflow:auto;max-height:20rem}
`;

export const DOCS_JS = `(function () {
  'use strict';
  var main = document.getElementById('ops');
  var filter = document.getElementById('filter');
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) { e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }
  function resolve(spec, schema) {
    if (schema && schema.$ref) return spec.components.schemas[schema.$ref.split('/').pop()];
    return schema;
  }
  function render(spec) {
    main.textContent = '';
    var groups = {};
    Object.keys(spec.paths).forEach(function (path) {
      Object.keys(spec.paths[path]).forEach(function (method) {
        var op = spec.paths[path][method];
        var tag = (op.tags && op.tags[0]) || 'api';
        (groups[tag] = groups[tag] || []).push({ path: path, method: method, op: op });
      });
    });
    (spec.tags || []).map(function (t) { return t.name; }).concat(Object.keys(groups)).filter(function (t, i, all) {
      return groups[t] && all.indexOf(t) === i;
    }).forEach(function (tag) {
      var info = (spec.tags || []).filter(function (t) { return t.name === tag; })[0];
      var section = el('section', { 'data-tag': tag }, [el('h2', {}, [tag]), el('p', {}, [info ? info.description : ''])]);
      groups[tag].forEach(function (o) {
        var open = o.op.security && o.op.security.length === 0;
        var head = el('summary', {}, [
          el('span', { class: 'method ' + o.method }, [o.method]),
          el('code', {}, [o.path]),
          el('span', {}, [o.op.summary || '']),
          el('span', { class: 'en', lang: 'en' }, [o.op['x-summary-en'] || '']),
        ]);
        if (open) head.appendChild(el('span', { class: 'public' }, ['public']));
        var body = [head];
        if (o.op.description) body.push(el('p', {}, [o.op.description]));
        if (o.op.parameters && o.op.parameters.length) {
          var rows = o.op.parameters.map(function (p) {
            return el('tr', {}, [el('td', {}, [el('code', {}, [p.name])]), el('td', {}, [p.in]), el('td', {}, [p.required ? 'oui / yes' : 'non / no']), el('td', {}, [JSON.stringify(p.schema)])]);
          });
          body.push(el('table', {}, [el('tr', {}, [el('th', {}, ['paramètre / parameter']), el('th', {}, ['où / in']), el('th', {}, ['requis / required']), el('th', {}, ['schéma / schema'])])].concat(rows)));
        }
        var rb = o.op.requestBody && o.op.requestBody.content && o.op.requestBody.content['application/json'];
        if (rb) body.push(el('p', {}, ['Corps / body :']), el('pre', {}, [JSON.stringify(resolve(spec, rb.schema), null, 2)]));
        var codes = Object.keys(o.op.responses || {}).map(function (c) { return c + ' ' + (o.op.responses[c].description || ''); });
        body.push(el('p', {}, ['Réponses / responses : ']), el('ul', {}, codes.map(function (c) { return el('li', {}, [c]); })));
        section.appendChild(el('details', { 'data-search': (o.method + ' ' + o.path + ' ' + o.op.summary + ' ' + o.op['x-summary-en']).toLowerCase() }, body));
      });
      main.appendChild(section);
    });
  }
  filter.addEventListener('input', function () {
    var q = filter.value.toLowerCase();
    Array.prototype.forEach.call(document.querySelectorAll('details[data-search]'), function (d) {
      d.style.display = d.getAttribute('data-search').indexOf(q) >= 0 ? '' : 'none';
    });
  });
  fetch('/api/openapi.json').then(function (r) { return r.json(); }).then(render, function () {
    main.textContent = 'Impossible de charger le document / could not load the document';
  });
})();
`;
