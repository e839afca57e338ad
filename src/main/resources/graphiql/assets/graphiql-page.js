/*
 * The analysts' GraphiQL. Reads its paths from the page (data-* attributes of #graphiql), sends
 * queries and mutations over HTTP and subscriptions over WebSocket (graphql-transport-ws, the
 * protocol of the graphql-ws client inside GraphiQL's bundle), both with the headers of the Headers
 * tab, and lists the shipped example operations in an "Examples" panel.
 *
 * Plain ES2017 for the browser, no build step: React, ReactDOM and GraphiQL are the globals of their
 * UMD bundles, loaded before this file.
 */
(function () {
  'use strict';

  var h = React.createElement;
  var ui = GraphiQL.React;

  /** What the Headers tab holds until the analyst pastes a token: a hint, never a real token. */
  var TOKEN_HINT = '<paste token>';
  var DEFAULT_HEADERS = JSON.stringify({ Authorization: 'Bearer ' + TOKEN_HINT }, null, 2);

  var DEFAULT_QUERY = [
    '# The Greater Bay Area cooperation API: joint labs, investment events, talent arrangements',
    '# and cross-border projects of Guangdong, Hong Kong and Macao.',
    '#',
    '# 1. Paste your token into the Headers tab below, in place of <paste token>. Without one you',
    '#    are anonymous and see published records only.',
    '# 2. Open a ready question from the Examples panel on the left, or write your own:',
    '#    Ctrl-Space completes, Ctrl-Enter runs, the Docs panel describes every type and field.',
    '',
    '{',
    '  jointLabs(first: 5) {',
    '    totalCount',
    '    nodes { name status hostCity { name } }',
    '  }',
    '}',
    ''
  ].join('\n');

  var root = document.getElementById('graphiql');
  var paths = root.dataset;

  /** The WebSocket URL of a path of this application: ws: beside http:, wss: beside https:. */
  function webSocketUrl(path) {
    var url = new URL(path, window.location.href);
    url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
    return url.toString();
  }

  /**
   * The headers to send: those of the Headers tab, less an Authorization header that still holds
   * the hint, so that an analyst who has pasted nothing yet is simply anonymous (a hint sent as a
   * token would be refused with 401).
   */
  function headersToSend(headers) {
    var sent = {};
    Object.keys(headers || {}).forEach(function (name) {
      var value = headers[name];
      var hint = name.toLowerCase() === 'authorization' && String(value).indexOf(TOKEN_HINT) !== -1;
      if (!hint) {
        sent[name] = value;
      }
    });
    return sent;
  }

  // HTTP for queries and mutations; a subscription opens a WebSocket whose connection_init payload
  // carries the headers (the server reads the token from its Authorization entry).
  var graphiqlFetcher = GraphiQL.createFetcher({
    url: paths.graphqlPath,
    subscriptionUrl: webSocketUrl(paths.subscriptionsPath)
  });

  function fetcher(params, options) {
    var opts = Object.assign({}, options, { headers: headersToSend(options && options.headers) });
    return graphiqlFetcher(params, opts);
  }

  function ExamplesIcon() {
    return h('svg', { viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 1.5,
      'aria-hidden': 'true' },
      h('path', { d: 'M5 4h14v16H5z M8 8h8 M8 12h8 M8 16h5', strokeLinecap: 'round' }));
  }

  /**
   * The examples panel: each example opens in a new tab, with the headers (the token) of the tab
   * the analyst is in.
   */
  function examplesPlugin(examples, loadError) {
    function ExamplesPanel() {
      var editors = ui.useEditorContext({ nonNull: true, caller: ExamplesPanel });
      var opening = React.useState(null);
      var toOpen = opening[0];
      var setToOpen = opening[1];

      // addTab() empties the editors as it renders the new tab; fill them once it has.
      React.useEffect(function () {
        if (toOpen === null) {
          return;
        }
        if (editors.queryEditor) {
          editors.queryEditor.setValue(toOpen.document);
        }
        if (editors.variableEditor) {
          editors.variableEditor.setValue('');
        }
        if (editors.headerEditor) {
          editors.headerEditor.setValue(toOpen.headers);
        }
        setToOpen(null);
      }, [toOpen]);

      function open(example) {
        var headers = editors.headerEditor ? editors.headerEditor.getValue() : DEFAULT_HEADERS;
        editors.addTab();
        setToOpen({ document: example.document, headers: headers || DEFAULT_HEADERS });
      }

      var body;
      if (loadError) {
        body = h('p', { className: 'gba-examples-error' }, 'The examples could not be loaded: ' + loadError);
      } else if (examples.length === 0) {
        body = h('p', null, 'No examples are shipped with this server.');
      } else {
        body = h('ul', { className: 'gba-examples' }, examples.map(function (example) {
          return h('li', { key: example.name },
            h('button', { type: 'button', className: 'gba-example', onClick: function () { open(example); },
              title: 'Open ' + example.name + '.graphql in a new tab' },
              h('span', { className: 'gba-example-title' }, example.title),
              h('span', { className: 'gba-example-name' },
                example.name + (example.operationType === 'query' ? '' : ' · ' + example.operationType))));
        }));
      }
      return h('section', { 'aria-label': 'Examples' },
        h('div', { className: 'graphiql-doc-explorer-title' }, 'Examples'),
        h('p', { className: 'gba-examples-hint' },
          'Ready questions about the data. Each opens in a new tab, with the headers of the current one.'),
        body);
    }
    return { title: 'Examples', icon: ExamplesIcon, content: ExamplesPanel };
  }

  function render(examples, loadError) {
    var plugin = examplesPlugin(examples, loadError);
    ReactDOM.createRoot(root).render(h(GraphiQL, {
      fetcher: fetcher,
      defaultQuery: DEFAULT_QUERY,
      defaultHeaders: DEFAULT_HEADERS,
      defaultEditorToolsVisibility: 'headers',
      isHeadersEditorEnabled: true,
      // Tokens are not written to the browser's storage.
      shouldPersistHeaders: false,
      plugins: [plugin],
      visiblePlugin: plugin
    }, h(GraphiQL.Logo, null, 'GBA Cooperation')));
  }

  fetch(paths.examplesPath, { headers: { Accept: 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    })
    .then(function (examples) { render(examples, null); },
      function (error) { render([], error.message); });
})();
