// Chronomap host script: include once on a page that embeds Chronomap iframes (<iframe data-chronomap>).
// No dependencies, no inline styles or eval, so it runs under a strict Content-Security-Policy.
// - Sizes each frame to the height its view reports (chronomap:height).
// - Re-dispatches the view's messages as DOM events on the iframe (they bubble):
//     chronomap:ready, chronomap:height, chronomap:select, chronomap:window — detail is the message.
// - Chronomap.command(iframe, command) sends a command (the view obeys it only when the page's origin
//   is listed in the frame's `origins=` option):
//     Chronomap.command(frame, { command: 'select', event: 'e-123' })
//     Chronomap.command(frame, { command: 'setWindow', start: '2022-03-01', end: '2022-04-01' })
//     Chronomap.command(frame, { command: 'setView', view: 'q=Mariupol&lang=en' })
(function () {
  'use strict';
  if (window.Chronomap && window.Chronomap.version) return;

  function frames() {
    return Array.prototype.slice.call(document.querySelectorAll('iframe[data-chronomap]'));
  }

  function frameOf(source) {
    var list = frames();
    for (var i = 0; i < list.length; i++) if (list[i].contentWindow === source) return list[i];
    return null;
  }

  function originOf(frame) {
    try {
      return new URL(frame.src, document.baseURI).origin;
    } catch (_e) {
      return null;
    }
  }

  window.addEventListener('message', function (ev) {
    var data = ev.data;
    if (!data || typeof data.type !== 'string' || data.type.indexOf('chronomap:') !== 0) return;
    var frame = frameOf(ev.source);
    // Only messages from a Chronomap frame on this page, from the origin its src names.
    if (!frame || ev.origin !== originOf(frame)) return;
    if (data.type === 'chronomap:height' && typeof data.height === 'number' && data.height > 0) {
      frame.style.height = Math.ceil(data.height) + 'px';
    }
    frame.dispatchEvent(new CustomEvent(data.type, { detail: data, bubbles: true }));
  });

  function prepare() {
    frames().forEach(function (frame) {
      frame.style.border = '0';
      frame.style.display = 'block';
      if (!frame.style.width && !frame.getAttribute('width')) frame.style.width = '100%';
    });
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', prepare);
  else prepare();

  window.Chronomap = {
    version: 1,
    command: function (frame, command) {
      var origin = originOf(frame);
      if (!origin || !frame.contentWindow) return false;
      var message = { type: 'chronomap:command' };
      for (var key in command) if (Object.prototype.hasOwnProperty.call(command, key)) message[key] = command[key];
      frame.contentWindow.postMessage(message, origin);
      return true;
    },
  };
})();
