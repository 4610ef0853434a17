// The web UI's one script, served from /assets/app.js (the CSP allows scripts from 'self' only, so there
// is no inline script anywhere). It only enhances server-rendered pages that read fine without it:
// citation popovers, the claim status filter, the merge / split forms and the ingest uploads. Every text
// it shows comes from the page or the API and is untrusted, so it builds nodes and sets textContent —
// never innerHTML — and positions things through element.style (CSSOM, which the CSP permits).
(function () {
  'use strict';

  document.documentElement.classList.add('js');

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  /** A link to a page of this site, or null for an id that is not a plain string. */
  function pageLink(prefix, id, text) {
    if (typeof id !== 'string' || !id) return null;
    var a = el('a', null, text || id);
    a.href = prefix + encodeURIComponent(id);
    return a;
  }

  function bearer(container) {
    var field = container && container.querySelector('input[name="token"]');
    var token = field ? field.value.trim() : '';
    return token ? 'Bearer ' + token : null;
  }

  /** The API's `{error:{code,message,hint}}` as one line, or a fallback for other answers. */
  function errorText(body, status) {
    if (body && typeof body === 'object' && body.error && typeof body.error === 'object') {
      var e = body.error;
      var text = typeof e.message === 'string' ? e.message : 'the request failed';
      if (typeof e.hint === 'string' && e.hint) text += ' (' + e.hint + ')';
      return text;
    }
    return 'the server answered ' + status;
  }

  function readJson(response) {
    return response.text().then(function (text) {
      try {
        return JSON.parse(text);
      } catch (e) {
        return null;
      }
    });
  }

  // ---------------------------------------------------------------- citation popovers
  function initCitations() {
    var markers = document.querySelectorAll('.cite[data-cite]');
    if (!markers.length) return;
    var popover = document.getElementById('cite-popover');
    if (!popover) {
      popover = el('div', 'cite-popover');
      popover.id = 'cite-popover';
      popover.setAttribute('role', 'tooltip');
      popover.hidden = true;
      document.body.appendChild(popover);
    }
    var current = null;
    var pinned = false;
    var hideTimer = 0;

    function fill(marker) {
      popover.textContent = '';
      popover.appendChild(el('p', 'cite-popover-outlet', marker.getAttribute('data-outlet') || 'source'));
      popover.appendChild(el('blockquote', 'cite-popover-sentence', marker.getAttribute('data-cite')));
      var link = pageLink('/articles/', marker.getAttribute('data-article'), 'Open the article');
      if (link) {
        link.className = 'cite-popover-link';
        popover.appendChild(link);
      }
    }

    function place(marker) {
      var rect = marker.getBoundingClientRect();
      var width = popover.offsetWidth;
      var height = popover.offsetHeight;
      var viewport = document.documentElement.clientWidth;
      var left = Math.min(Math.max(8, rect.left - 12), Math.max(8, viewport - width - 8));
      var below = rect.bottom + 8;
      var top = below + height > window.innerHeight && rect.top - height - 8 > 0 ? rect.top - height - 8 : below;
      popover.style.left = Math.round(left + window.scrollX) + 'px';
      popover.style.top = Math.round(top + window.scrollY) + 'px';
    }

    function show(marker) {
      clearTimeout(hideTimer);
      if (current && current !== marker) current.removeAttribute('aria-describedby');
      current = marker;
      fill(marker);
      popover.hidden = false;
      marker.setAttribute('aria-describedby', 'cite-popover');
      place(marker);
    }

    function hide() {
      clearTimeout(hideTimer);
      popover.hidden = true;
      pinned = false;
      if (current) current.removeAttribute('aria-describedby');
      current = null;
    }

    function hideSoon() {
      if (pinned) return;
      clearTimeout(hideTimer);
      hideTimer = setTimeout(hide, 250);
    }

    document.addEventListener('mouseover', function (event) {
      var marker = event.target.closest && event.target.closest('.cite[data-cite]');
      if (marker) {
        if (!pinned || current === marker) show(marker);
      } else if (popover.contains(event.target)) {
        clearTimeout(hideTimer);
      }
    });
    document.addEventListener('mouseout', function (event) {
      var from = event.target.closest && (event.target.closest('.cite[data-cite]') || (popover.contains(event.target) ? popover : null));
      if (!from) return;
      var to = event.relatedTarget;
      if (to && (from.contains(to) || popover.contains(to) || (current && current.contains(to)))) return;
      hideSoon();
    });
    document.addEventListener('focusin', function (event) {
      var marker = event.target.closest && event.target.closest('.cite[data-cite]');
      if (marker) {
        if (marker !== current) pinned = false;
        show(marker);
      } else if (!popover.contains(event.target)) {
        hide();
      }
    });
    document.addEventListener('focusout', function (event) {
      var marker = event.target.closest && event.target.closest('.cite[data-cite]');
      var to = event.relatedTarget;
      if (marker && !(to && popover.contains(to))) hideSoon();
    });
    document.addEventListener('click', function (event) {
      var marker = event.target.closest && event.target.closest('.cite[data-cite]');
      if (marker) {
        event.preventDefault();
        if (pinned && current === marker) {
          hide();
        } else {
          show(marker);
          pinned = true;
        }
        return;
      }
      if (!popover.hidden && !popover.contains(event.target)) hide();
    });
    document.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && !popover.hidden) {
        var marker = current;
        hide();
        if (marker) marker.focus();
      }
    });
    window.addEventListener('resize', function () {
      if (current && !popover.hidden) place(current);
    });
  }

  // ---------------------------------------------------------------- claim status filter
  function initStatusFilter() {
    var filter = document.getElementById('status-filter');
    if (!filter) return;
    var rows = document.querySelectorAll('tr.claim[data-status]');
    var shown = document.getElementById('claims-shown');
    function apply() {
      var on = {};
      filter.querySelectorAll('input.status-toggle').forEach(function (box) {
        on[box.value] = box.checked;
      });
      var count = 0;
      rows.forEach(function (row) {
        var visible = on[row.getAttribute('data-status')] !== false;
        row.hidden = !visible;
        if (visible) count++;
      });
      if (shown) shown.textContent = 'Showing ' + count + ' of ' + rows.length + ' claims.';
    }
    filter.addEventListener('change', apply);
    apply();
  }

  // ---------------------------------------------------------------- merge / split
  function initApiForms() {
    document.querySelectorAll('form.api-form[data-api]').forEach(function (form) {
      var kind = form.getAttribute('data-api');
      var status = form.querySelector('.form-status');
      var button = form.querySelector('button[type="submit"]');
      if (button) button.disabled = false;
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        var body;
        if (kind === 'merge') {
          var other = form.querySelector('input[name="other"]');
          body = { other: other ? other.value.trim() : '' };
          if (!body.other) return say('Enter the id of the story to merge with.', true);
        } else {
          var ids = [];
          form.querySelectorAll('input[name="articleIds"]:checked').forEach(function (box) {
            ids.push(box.value);
          });
          if (!ids.length) return say('Check the articles to split off first.', true);
          body = { articleIds: ids };
        }
        var headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
        var auth = bearer(form);
        if (auth) headers.Authorization = auth;
        if (button) button.disabled = true;
        say(kind === 'merge' ? 'Merging…' : 'Splitting…', false);
        fetch(form.getAttribute('data-endpoint') || form.action, { method: 'POST', headers: headers, body: JSON.stringify(body) })
          .then(function (response) {
            return readJson(response).then(function (json) {
              if (!response.ok) throw new Error(errorText(json, response.status));
              say('Done. Reloading…', false);
              var next = kind === 'merge' ? json && json.story && json.story.id : json && json.kept && json.kept.id;
              var here = document.querySelector('[data-story-id]');
              if (typeof next === 'string' && next && (!here || here.getAttribute('data-story-id') !== next)) {
                window.location.assign('/stories/' + encodeURIComponent(next));
              } else {
                window.location.reload();
              }
            });
          })
          .catch(function (error) {
            say('Failed: ' + (error && error.message ? error.message : 'could not reach the server'), true);
            if (button) button.disabled = false;
          });
      });

      function say(text, isError) {
        if (!status) return;
        status.textContent = text;
        status.classList.toggle('error', Boolean(isError));
      }
    });
  }

  // ---------------------------------------------------------------- ingest
  var TYPES = ['text/plain', 'text/html', 'application/json', 'application/x-ndjson', 'application/rss+xml', 'application/atom+xml'];
  var BY_EXTENSION = {
    txt: 'text/plain', text: 'text/plain', md: 'text/plain',
    html: 'text/html', htm: 'text/html', xhtml: 'text/html',
    json: 'application/json',
    jsonl: 'application/x-ndjson', ndjson: 'application/x-ndjson',
    rss: 'application/rss+xml', atom: 'application/atom+xml',
  };

  /** A content type for text by looking at it. */
  function sniff(text) {
    var t = text.replace(/^\uFEFF/, '').trimStart();
    var head = t.slice(0, 4000);
    if (t.charAt(0) === '<') {
      if (/<rss[\s>]|<rdf:RDF[\s>]/i.test(head)) return 'application/rss+xml';
      if (/<feed[\s>]/i.test(head)) return 'application/atom+xml';
      return 'text/html';
    }
    if (t.charAt(0) === '{' || t.charAt(0) === '[') {
      try {
        JSON.parse(t);
        return 'application/json';
      } catch (e) {
        var lines = t.split(/\r?\n/).filter(function (l) { return l.trim(); });
        if (lines.length > 1 && lines.every(function (l) { return l.trim().charAt(0) === '{'; })) return 'application/x-ndjson';
        return 'application/json';
      }
    }
    return 'text/plain';
  }

  function fileType(file, chosen) {
    if (chosen !== 'auto') return Promise.resolve(chosen);
    var type = (file.type || '').split(';')[0].trim().toLowerCase();
    if (type === 'application/xml' || type === 'text/xml' || type === '') {
      var ext = (file.name.split('.').pop() || '').toLowerCase();
      if (type === '' && BY_EXTENSION[ext]) return Promise.resolve(BY_EXTENSION[ext]);
      return file.slice(0, 4096).text().then(sniff, function () { return 'text/plain'; });
    }
    if (TYPES.indexOf(type) >= 0) return Promise.resolve(type);
    var byName = BY_EXTENSION[(file.name.split('.').pop() || '').toLowerCase()];
    return Promise.resolve(byName || type || 'text/plain');
  }

  function initIngest() {
    var root = document.getElementById('ingest');
    if (!root) return;
    var maxBytes = Number(root.getAttribute('data-max-bytes')) || Infinity;
    var select = document.getElementById('content-type');
    var fileInput = document.getElementById('file-input');
    var dropZone = document.getElementById('drop-zone');
    var fileList = document.getElementById('file-list');
    var fileSubmit = document.getElementById('file-submit');
    var pasteForm = document.getElementById('paste-form');
    var uploadForm = document.getElementById('upload-form');
    var pasteText = document.getElementById('paste-text');
    var pasteSubmit = document.getElementById('paste-submit');
    var progress = document.getElementById('ingest-progress');
    var bar = document.getElementById('ingest-progress-bar');
    var outcomes = document.getElementById('ingest-outcomes');
    var pending = [];
    var busy = false;

    fileSubmit.disabled = false;
    pasteSubmit.disabled = false;

    function setPending(files) {
      pending = Array.prototype.slice.call(files || []);
      fileList.textContent = pending.length
        ? pending.length + (pending.length === 1 ? ' file: ' : ' files: ') + pending.map(function (f) { return f.name; }).join(', ')
        : 'No files chosen.';
    }

    function report(text) {
      progress.textContent = text;
    }

    function addOutcome(status, input, article, message) {
      var li = el('li', 'outcome outcome-' + status);
      li.appendChild(el('span', 'outcome-status', status));
      li.appendChild(document.createTextNode(' '));
      li.appendChild(el('span', 'outcome-input', input));
      if (article && article.id) {
        li.appendChild(document.createTextNode(' → '));
        var link = pageLink('/articles/', article.id, article.title || article.id);
        if (link) li.appendChild(link);
      }
      if (message) li.appendChild(el('span', 'outcome-message', ' — ' + message));
      outcomes.appendChild(li);
    }

    function showAnswer(name, response, json) {
      var list = json && Array.isArray(json.outcomes) ? json.outcomes : null;
      if (!list || !list.length) {
        addOutcome('failed', name, null, errorText(json, response.status));
        return;
      }
      list.forEach(function (o) {
        if (!o || typeof o !== 'object') return;
        var status = o.status === 'ingested' || o.status === 'duplicate' ? o.status : 'failed';
        var input = typeof o.input === 'string' ? o.input : name;
        var message = null;
        if (status === 'duplicate') message = typeof o.duplicateOf === 'string' ? 'already stored as ' + o.duplicateOf : 'already stored';
        if (status === 'failed') message = (typeof o.message === 'string' ? o.message : 'could not be read') + (typeof o.hint === 'string' && o.hint ? ' (' + o.hint + ')' : '');
        var article = typeof o.articleId === 'string' ? { id: o.articleId, title: typeof o.title === 'string' ? o.title : null } : null;
        addOutcome(status, input, article, message);
      });
    }

    /** Uploads items [{name, body, type}] one after another. */
    function upload(items) {
      if (busy || !items.length) return;
      busy = true;
      fileSubmit.disabled = true;
      pasteSubmit.disabled = true;
      outcomes.textContent = '';
      var total = items.length;
      bar.max = total;
      bar.value = 0;
      var auth = bearer(root);
      var chain = Promise.resolve();
      items.forEach(function (item, i) {
        chain = chain.then(function () {
          report('Uploading ' + (i + 1) + ' of ' + total + (total === 1 ? ' file' : ' files') + '…');
          if (item.size > maxBytes) {
            addOutcome('failed', item.name, null, 'larger than the server accepts (' + maxBytes + ' bytes)');
            return;
          }
          return Promise.resolve(item.type).then(function (type) {
            var headers = { 'Content-Type': type, Accept: 'application/json' };
            if (auth) headers.Authorization = auth;
            return fetch('/api/articles?name=' + encodeURIComponent(item.name.slice(0, 200)), { method: 'POST', headers: headers, body: item.body })
              .then(function (response) {
                return readJson(response).then(function (json) {
                  showAnswer(item.name, response, json);
                });
              })
              .catch(function () {
                addOutcome('failed', item.name, null, 'could not reach the server');
              });
          });
        }).then(function () {
          bar.value = i + 1;
        });
      });
      chain.then(function () {
        report('Done: ' + total + ' of ' + total + (total === 1 ? ' file.' : ' files.'));
        busy = false;
        fileSubmit.disabled = false;
        pasteSubmit.disabled = false;
      });
    }

    fileInput.addEventListener('change', function () {
      setPending(fileInput.files);
    });
    ['dragenter', 'dragover'].forEach(function (name) {
      dropZone.addEventListener(name, function (event) {
        event.preventDefault();
        dropZone.classList.add('dragging');
      });
    });
    ['dragleave', 'drop'].forEach(function (name) {
      dropZone.addEventListener(name, function (event) {
        event.preventDefault();
        dropZone.classList.remove('dragging');
      });
    });
    dropZone.addEventListener('drop', function (event) {
      if (event.dataTransfer && event.dataTransfer.files.length) setPending(event.dataTransfer.files);
    });
    uploadForm.addEventListener('submit', function (event) {
      event.preventDefault();
      if (!pending.length) {
        report('Choose or drop files first.');
        return;
      }
      var chosen = select ? select.value : 'auto';
      upload(pending.map(function (file) {
        return { name: file.name, body: file, size: file.size, type: fileType(file, chosen) };
      }));
    });
    pasteForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var text = pasteText.value;
      if (!text.trim()) {
        report('Paste an article first.');
        return;
      }
      var chosen = select ? select.value : 'auto';
      var type = chosen === 'auto' ? sniff(text) : chosen;
      var ext = { 'text/html': 'html', 'application/json': 'json', 'application/x-ndjson': 'jsonl', 'application/rss+xml': 'rss', 'application/atom+xml': 'atom' }[type] || 'txt';
      var size = new Blob([text]).size;
      upload([{ name: 'pasted.' + ext, body: text, size: size, type: type + '; charset=utf-8' }]);
    });
  }

  initCitations();
  initStatusFilter();
  initApiForms();
  initIngest();
})();
