// ZVH shell behaviour (no inline scripts: CSP default-src 'self'). Announces results and failures of htmx requests
// in the page's live regions, in the page's language (texts come from data-msg-* on <body>).
(function () {
  'use strict';
  function text(name) { return document.body.getAttribute('data-msg-' + name) || ''; }
  function say(id, message) {
    var region = document.getElementById(id);
    if (!region) { return; }
    region.textContent = '';
    // a fresh text node makes screen readers announce the same message twice in a row
    window.setTimeout(function () { region.textContent = message; }, 50);
  }
  function clear(id) { var r = document.getElementById(id); if (r) { r.textContent = ''; } }
  function forStatus(status) {
    if (status === 401 || status === 499) { return text('unauthorized'); }
    if (status === 403) { return text('forbidden'); }
    if (status === 404) { return text('not-found'); }
    if (status === 409 || status === 412) { return text('conflict'); }
    if (status === 429 || status === 502 || status === 503 || status === 504) { return text('unavailable'); }
    return text('failed');
  }
  document.addEventListener('DOMContentLoaded', function () {
    var summary = document.getElementById('error-summary');
    if (summary) { summary.focus(); }
    document.body.addEventListener('htmx:beforeRequest', function () { clear('zvh-alert'); clear('zvh-announcer'); });
    document.body.addEventListener('htmx:responseError', function (e) { say('zvh-alert', forStatus(e.detail.xhr.status)); });
    document.body.addEventListener('htmx:sendError', function () { say('zvh-alert', text('unavailable')); });
    document.body.addEventListener('htmx:timeout', function () { say('zvh-alert', text('unavailable')); });
    // a service announces a result with the response header  HX-Trigger: {"zvhNotice": "Opgeslagen."}
    document.body.addEventListener('zvhNotice', function (e) {
      var message = e.detail && (e.detail.value || e.detail.message);
      say('zvh-announcer', message || text('saved'));
    });
    // ... and a specific failure with  HX-Trigger: {"zvhAlert": "Deze afspraak was al afgerond."}
    document.body.addEventListener('zvhAlert', function (e) {
      var message = e.detail && (e.detail.value || e.detail.message);
      say('zvh-alert', message || text('failed'));
    });
    document.body.addEventListener('htmx:afterSwap', function (e) {
      var swapped = e.detail.target;
      var summaryAfter = swapped && swapped.querySelector ? swapped.querySelector('#error-summary') : null;
      if (summaryAfter) { summaryAfter.focus(); }
    });
  });
}());
