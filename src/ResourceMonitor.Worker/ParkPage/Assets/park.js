// The live park page: one EventSource on /api/v1/park/events, every "park" event a complete view (docs/park-page.md).
// Data goes into the DOM as text only (textContent, attributes), never as HTML.
'use strict';

const TOKEN_KEY = 'rm-park-token';
const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 640, HEIGHT = 460, PAD = 50;
const number = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
let source = null;

function $(id) { return document.getElementById(id); }

function el(name, attrs, text, ns) {
  const node = ns ? document.createElementNS(ns, name) : document.createElement(name);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

function words(kebab) { return kebab.replace(/-/g, ' '); }

function resourceColour(resource) {
  return getComputedStyle(document.documentElement).getPropertyValue('--' + resource).trim() || '#555';
}

function tokenFromUrl() {
  const params = new URLSearchParams(location.search);
  const token = params.get('token');
  if (token) {
    sessionStorage.setItem(TOKEN_KEY, token);
    // Out of the address bar (and the history) once kept for this tab.
    history.replaceState(null, '', location.pathname);
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

function showLogin(message) {
  $('page').hidden = true;
  $('login').hidden = false;
  $('login-error').textContent = message || '';
  setStream('not connected', 'stream-wait');
}

function setStream(text, cls) {
  const badge = $('stream');
  badge.textContent = text;
  badge.className = 'badge ' + cls;
}

function connect(token) {
  if (source) source.close();
  $('login').hidden = true;
  $('page').hidden = false;
  source = new EventSource('/api/v1/park/events?token=' + encodeURIComponent(token));
  source.addEventListener('park', (e) => { setStream('live', 'stream-live'); render(JSON.parse(e.data)); });
  source.addEventListener('error', () => {
    if (source.readyState === EventSource.CLOSED) {
      // Refused (401/403: expired or invalid link) or the worker is gone for good: ask again.
      sessionStorage.removeItem(TOKEN_KEY);
      showLogin('The link was refused or has expired; enter a key or open a new link.');
    } else {
      setStream('reconnecting…', 'stream-wait');
    }
  });
}

async function login(event) {
  event.preventDefault();
  const key = $('login-key').value.trim();
  const response = await fetch('/api/reports/links', { method: 'POST', headers: { 'X-Api-Key': key } });
  $('login-key').value = '';
  if (!response.ok) {
    showLogin('The key was refused (' + response.status + ').');
    return;
  }
  const link = await response.json();
  sessionStorage.setItem(TOKEN_KEY, link.token);
  connect(link.token);
}

function project(plants) {
  const lats = plants.map(p => p.lat), lons = plants.map(p => p.lon);
  const minLat = Math.min(...lats), maxLat = Math.max(...lats), minLon = Math.min(...lons), maxLon = Math.max(...lons);
  const kx = Math.cos(((minLat + maxLat) / 2) * Math.PI / 180);
  const spanX = Math.max((maxLon - minLon) * kx, 1e-6), spanY = Math.max(maxLat - minLat, 1e-6);
  const scale = Math.min((WIDTH - 2 * PAD) / spanX, (HEIGHT - 2 * PAD) / spanY);
  const offX = (WIDTH - spanX * scale) / 2, offY = (HEIGHT - spanY * scale) / 2;
  const at = {};
  for (const p of plants) {
    at[p.id] = plants.length === 1
      ? { x: WIDTH / 2, y: HEIGHT / 2 }
      : { x: offX + (p.lon - minLon) * kx * scale, y: offY + (maxLat - p.lat) * scale };
  }
  return at;
}

function renderMap(view) {
  const svg = $('map');
  svg.replaceChildren();
  const defs = el('defs', {}, undefined, SVG);
  svg.appendChild(defs);
  const at = project(view.plants);
  const layer = el('g', {}, undefined, SVG);
  view.opportunities.forEach((o, i) => {
    const a = at[o.from], b = at[o.to];
    if (!a || !b) return;
    const colour = resourceColour(o.resource);
    const marker = 'arrow-' + i;
    const m = el('marker', { id: marker, viewBox: '0 0 10 10', refX: '9', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' }, undefined, SVG);
    m.appendChild(el('path', { d: 'M0,0 L10,5 L0,10 z', fill: colour }, undefined, SVG));
    defs.appendChild(m);
    // A slight curve, so the two directions between a pair of plants stay apart; stop short of the plant's circle.
    const dx = b.x - a.x, dy = b.y - a.y, len = Math.hypot(dx, dy) || 1;
    const ux = dx / len, uy = dy / len, r = 16;
    const sx = a.x + ux * r, sy = a.y + uy * r, ex = b.x - ux * (r + 4), ey = b.y - uy * (r + 4);
    const cx = (sx + ex) / 2 - uy * len * 0.15, cy = (sy + ey) / 2 + ux * len * 0.15;
    const g = el('g', { class: 'opportunity ' + o.legalStanding, 'data-opportunity': o.id }, undefined, SVG);
    g.appendChild(el('path', { d: `M${sx},${sy} Q${cx},${cy} ${ex},${ey}`, stroke: colour, 'marker-end': `url(#${marker})` }, undefined, SVG));
    g.appendChild(el('title', {}, `${o.fromName} → ${o.toName}: ${o.resource}, ${number.format(o.allocatedRate)} of ${number.format(o.potentialRate)} ${o.rateUnit} allocated, ${money.format(o.valuePerHour)} ${o.currency}/h, ${number.format(o.distanceMetres)} m, ${words(o.legalStanding)}`, SVG));
    if (o.allocatedRate > 0) {
      // The rate on the arrow; value and legal standing in the table and the tooltip (labels of close plants would collide).
      g.appendChild(el('text', { x: (sx + 2 * cx + ex) / 4, y: (sy + 2 * cy + ey) / 4, 'text-anchor': 'middle', fill: colour }, `${number.format(o.allocatedRate)} ${o.rateUnit}`, SVG));
    } else {
      g.classList.add('idle');
    }
    layer.appendChild(g);
  });
  for (const p of view.plants) {
    const state = !p.visible ? 'hidden' : p.agent ? p.agent.state : 'unknown';
    const g = el('g', { class: 'plant ' + state, 'data-plant': p.id, transform: `translate(${at[p.id].x},${at[p.id].y})` }, undefined, SVG);
    g.appendChild(el('circle', { r: 14 }, undefined, SVG));
    g.appendChild(el('text', { y: 30, 'text-anchor': 'middle' }, p.name, SVG));
    g.appendChild(el('title', {}, `${p.name} (${p.id}), ${p.sector}: ${p.lat}, ${p.lon}`, SVG));
    svg.appendChild(g);
  }
  svg.appendChild(layer);
}

function renderOpportunities(view) {
  const body = $('opportunities').tBodies[0];
  body.replaceChildren();
  for (const o of view.opportunities) {
    const tr = el('tr', { 'data-opportunity': o.id });
    const res = el('td');
    res.appendChild(el('span', { class: 'res' }));
    res.firstChild.style.background = resourceColour(o.resource);
    res.appendChild(document.createTextNode(o.resource));
    tr.appendChild(res);
    tr.appendChild(el('td', {}, `${o.fromName} → ${o.toName} (${number.format(o.distanceMetres)} m)`));
    tr.appendChild(el('td', { class: 'num' }, `${number.format(o.allocatedRate)} ${o.rateUnit}`));
    tr.appendChild(el('td', { class: 'num' }, `${money.format(o.valuePerHour)} ${o.currency}/h`));
    tr.appendChild(el('td', { class: 'standing-' + o.legalStanding }, words(o.legalStanding)));
    body.appendChild(tr);
  }
  $('no-opportunities').hidden = view.opportunities.length > 0;
}

function renderAlerts(view) {
  const list = $('alerts');
  list.replaceChildren();
  for (const a of view.alerts) {
    list.appendChild(el('li', { 'data-alert': a.opportunity },
      `${new Date(a.ts).toLocaleTimeString()} ${a.state}: ${a.resource} ${a.fromName} → ${a.toName} — ${a.reason}`));
  }
  $('no-alerts').hidden = view.alerts.length > 0;
}

function renderPlants(view) {
  const body = $('plants').tBodies[0];
  body.replaceChildren();
  for (const p of view.plants.filter(p => p.visible)) {
    const tr = el('tr', { 'data-plant-row': p.id });
    tr.appendChild(el('td', {}, p.name));
    tr.appendChild(el('td', {}, p.sector));
    tr.appendChild(el('td', {}, p.agent ? `${p.agent.state} since ${new Date(p.agent.since).toLocaleTimeString()} (${p.agent.agent} ${p.agent.version.split('+')[0]})` : 'no status yet'));
    const flows = el('td');
    for (const f of p.flows) {
      const span = el('span', { class: 'flow' });
      span.appendChild(el('span', { class: 'res' }));
      span.firstChild.style.background = resourceColour(f.resource);
      const what = f.resource === f.role ? f.resource : `${f.resource} ${f.role}`;
      span.appendChild(document.createTextNode(`${what} ${number.format(f.rate)} ${f.unit}`));
      flows.appendChild(span);
    }
    if (p.flows.length === 0) flows.textContent = 'no live readings';
    tr.appendChild(flows);
    body.appendChild(tr);
  }
}

function render(view) {
  $('park-name').textContent = view.parkName;
  document.title = view.parkName + ' — ResourceMonitor';
  $('scope').textContent = view.scope === 'park' ? 'whole park' : 'plant ' + view.scope;
  const health = $('health');
  health.textContent = 'health: ' + view.health.status;
  health.className = 'badge ' + view.health.status;
  health.title = view.health.description || '';
  $('updated').textContent = 'updated ' + new Date(view.at).toLocaleTimeString();
  renderMap(view);
  renderOpportunities(view);
  renderAlerts(view);
  renderPlants(view);
}

$('login-form').addEventListener('submit', login);
const token = tokenFromUrl();
if (token) connect(token); else showLogin();
