// A browser check of /graphiql, by hand (not part of the Maven build): drives a headless Chromium
// through the DevTools protocol as an analyst would: runs the default query anonymously, pastes an
// analyst's token (from /dev/token, so the embedded default), opens and runs every example, starts a
// subscription, opens the docs and dialogs; then fails on any request to another origin and reports
// every console error or warning (a Content-Security-Policy violation among them).
//
// Needs Chromium (Debian: apt-get install chromium) and Node 20 or later, no npm package:
//   node --experimental-websocket src/test/browser/graphiql-smoke.mjs http://localhost:8080
import { spawn } from 'node:child_process';

const base = process.argv[2] ?? 'http://localhost:8080';
const port = 9333;
const chrome = spawn('chromium', ['--headless', '--no-sandbox', '--disable-gpu', `--remote-debugging-port=${port}`,
  '--window-size=1400,900', 'about:blank'], { stdio: 'ignore' });
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const fail = (message) => { console.log('FAIL', message); chrome.kill(); process.exit(1); };

let targets;
for (let i = 0; i < 50 && !targets; i++) {
  await sleep(200);
  try { targets = await (await fetch(`http://127.0.0.1:${port}/json/list`)).json(); } catch { /* not yet */ }
}
const page = targets.find((t) => t.type === 'page');
const ws = new WebSocket(page.webSocketDebuggerUrl);
await new Promise((r) => ws.addEventListener('open', r));
let id = 0;
const pending = new Map();
const events = [];
ws.addEventListener('message', (m) => {
  const msg = JSON.parse(m.data);
  if (msg.id && pending.has(msg.id)) { pending.get(msg.id)(msg); pending.delete(msg.id); } else { events.push(msg); }
});
const send = (method, params = {}) => new Promise((r) => { const n = ++id; pending.set(n, r); ws.send(JSON.stringify({ id: n, method, params })); });
const evaluate = async (expression) => {
  const res = await send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true });
  if (res.result.exceptionDetails) fail(`${expression}: ${JSON.stringify(res.result.exceptionDetails)}`);
  return res.result.result.value;
};
const waitFor = async (expression, what) => {
  for (let i = 0; i < 100; i++) { if (await evaluate(expression)) return; await sleep(200); }
  fail(`timed out waiting for ${what}: ` + await evaluate(`JSON.stringify([...document.querySelectorAll('.CodeMirror')].map(e => [e.parentElement.className, e.CodeMirror.getValue().slice(0, 300)]))`));
};

for (const domain of ['Runtime', 'Log', 'Network', 'Page']) await send(`${domain}.enable`);
await send('Page.navigate', { url: `${base}/graphiql` });
await waitFor(`document.querySelectorAll('.gba-example').length > 0`, 'the examples panel');
await waitFor(`!!document.querySelector('.graphiql-doc-explorer-title, [aria-label="Show Documentation Explorer"]')`, 'the docs button');

const editorValue = (selector) => `document.querySelector('${selector} .CodeMirror').CodeMirror.getValue()`;
const run = async () => {
  const before = await evaluate(editorValue('.result-window'));
  await evaluate(`document.querySelector('.graphiql-execute-button').click()`);
  await waitFor(`(() => { const v = ${editorValue('.result-window')}; return v !== ${JSON.stringify(before)} && v.trim().startsWith('{'); })()`, 'a response');
  return JSON.parse(await evaluate(editorValue('.result-window')));
};

// 1. Anonymous, with the hint still in the Headers tab: the default query runs.
const anonymous = await run();
if (anonymous.errors) fail(`anonymous default query: ${JSON.stringify(anonymous.errors)}`);
console.log('anonymous default query: jointLabs.totalCount =', anonymous.data.jointLabs.totalCount);

// 2. Paste an analyst's token into the Headers tab, run again: the analyst sees more.
const token = (await (await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ subject: 'smoke-analyst', roles: ['ANALYST'] }) })).json()).accessToken;
await evaluate(`document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror.setValue(${JSON.stringify(JSON.stringify({ Authorization: `Bearer ${token}` }))})`);
const analyst = await run();
if (analyst.errors) fail(`analyst default query: ${JSON.stringify(analyst.errors)}`);
console.log('analyst default query: jointLabs.totalCount =', analyst.data.jointLabs.totalCount);
if (!(analyst.data.jointLabs.totalCount > anonymous.data.jointLabs.totalCount)) fail('the token was not sent');

// 3. Every example: opens in a new tab with the token, runs without errors.
const count = await evaluate(`document.querySelectorAll('.gba-example').length`);
for (let i = 0; i < count; i++) {
  const name = await evaluate(`document.querySelectorAll('.gba-example-name')[${i}].textContent`);
  const tabsBefore = await evaluate(`document.querySelectorAll('.graphiql-tab').length`);
  await evaluate(`document.querySelectorAll('.gba-example')[${i}].click()`);
  await waitFor(`document.querySelectorAll('.graphiql-tab').length > ${tabsBefore} && ${editorValue('.graphiql-query-editor')}.startsWith('#')`, `example ${name} to open`);
  await sleep(500); // a person reads the example before running it (GraphiQL reads the operation name 100 ms after an edit)
  const headers = await evaluate(`document.querySelector('.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror').CodeMirror.getValue()`);
  if (!headers.includes(token)) fail(`example ${name} opened without the token: ${headers}`);
  if (name.includes('subscription')) { console.log('example', name, 'opened (subscription, not run)'); continue; }
  const response = await run();
  if (response.errors) fail(`example ${name}: ${JSON.stringify(response.errors)}`);
  console.log('example', name, 'ran:', Object.keys(response.data).join(', '));
}

// 4. A subscription goes over WebSocket to the page's origin, its connection_init carrying the token.
await evaluate(`document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.setValue('subscription GraphiQlSmoke { __typename }')`);
await sleep(500);
await evaluate(`document.querySelector('.graphiql-execute-button').click()`);
for (let i = 0; i < 25 && !events.some((e) => e.method === 'Network.webSocketFrameReceived' || e.method === 'Network.webSocketClosed'); i++) await sleep(200);
const socket = events.find((e) => e.method === 'Network.webSocketCreated');
if (!socket) fail('no WebSocket was opened for a subscription');
const expectedSocket = new URL('/graphql', base.replace(/^http/, 'ws')).toString();
if (socket.params.url !== expectedSocket) fail(`WebSocket to ${socket.params.url}, not ${expectedSocket}`);
const sent = events.filter((e) => e.method === 'Network.webSocketFrameSent').map((e) => JSON.parse(e.params.response.payloadData));
const received = events.filter((e) => e.method === 'Network.webSocketFrameReceived').map((e) => JSON.parse(e.params.response.payloadData));
const handshake = events.find((e) => e.method === 'Network.webSocketHandshakeResponseReceived');
console.log('subscription: WebSocket', socket.params.url, 'handshake', handshake ? handshake.params.response.status : 'none',
  '; sent', sent.map((m) => m.type).join(','), '; received', received.map((m) => m.type).join(',') || 'nothing');
const init = sent.find((m) => m.type === 'connection_init');
if (init && init.payload.Authorization !== `Bearer ${token}`) fail(`connection_init without the token: ${JSON.stringify(init)}`);
if (!init) console.log('WARNING: no connection_init was sent: this server has no WebSocket endpoint for subscriptions');
events.splice(0, events.length, ...events.filter((e) => !(e.method === 'Log.entryAdded' && e.params.entry.source === 'network' && /WebSocket/.test(e.params.entry.text))));

// 5. The docs and the settings and shortcuts dialogs (Radix dialogs inject a style element).
await evaluate(`document.querySelector('[aria-label="Show Documentation Explorer"]').click()`);
await waitFor(`document.querySelector('.graphiql-doc-explorer-content') !== null && document.body.innerText.includes('Root Types')`, 'the docs');
console.log('docs shown');
for (const label of ['Open settings dialog', 'Open short keys dialog']) {
  await evaluate(`document.querySelector('[aria-label="${label}"]').click()`);
  await waitFor(`document.querySelector('[role="dialog"]') !== null`, label);
  await sleep(300);
  console.log(label, '->', await evaluate(`document.querySelector('[role="dialog"]').innerText.slice(0, 40)`).then((t) => t.split('\n').join(' ')));
  await evaluate(`document.querySelector('[role="dialog"] .graphiql-dialog-close').click()`);
  await waitFor(`document.querySelector('[role="dialog"]') === null`, 'the dialog to close');
}
await sleep(500);

// 6. Nothing was loaded from anywhere but the application, and the console is clean.
const origin = new URL(base).origin;
const requests = events.filter((e) => e.method === 'Network.requestWillBeSent').map((e) => e.params.request.url);
const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:'));
console.log('requests:', requests.length, 'to', [...new Set(requests.map((u) => u.startsWith('data:') ? 'data:' : new URL(u).origin))].join(', '));
const problems = events.filter((e) => (e.method === 'Log.entryAdded' && ['error', 'warning'].includes(e.params.entry.level))
  || (e.method === 'Runtime.consoleAPICalled' && ['error', 'warning'].includes(e.params.type))
  || e.method === 'Runtime.exceptionThrown');
for (const p of problems) console.log('console:', JSON.stringify(p.params).slice(0, 400));
if (foreign.length) fail(`requests outside the application: ${foreign.join(', ')}`);
const shot = await send('Page.captureScreenshot', { format: 'png' });
const screenshot = (await import('node:path')).join((await import('node:os')).tmpdir(), 'graphiql-smoke.png');
(await import('node:fs')).writeFileSync(screenshot, Buffer.from(shot.result.data, 'base64'));
console.log('screenshot:', screenshot);
console.log(problems.length ? `DONE with ${problems.length} console problems` : 'PASS');
chrome.kill();
process.exit(problems.length ? 2 : 0);
