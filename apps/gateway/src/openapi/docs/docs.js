// Swagger UI's initializer, served as a file: the CSP allows scripts from 'self' only, no inline script.
window.addEventListener('load', function () {
  fetch('/api/openapi.json')
    .then(function (res) {
      return res.json();
    })
    .then(function (spec) {
      window.ui = SwaggerUIBundle({
        spec: spec,
        dom_id: '#swagger-ui',
        deepLinking: true,
        presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
        // No top bar: its "Explore" field (another document's URL) has no label and serves nothing here.
        layout: 'BaseLayout',
      });
      // Swagger UI renders the servers list without an accessible name (axe: select-name), and
      // re-renders it: name it whenever it appears.
      new MutationObserver(function () {
        var select = document.getElementById('servers');
        if (select && !select.hasAttribute('aria-label')) select.setAttribute('aria-label', 'Serveur / server');
      }).observe(document.getElementById('swagger-ui'), { childList: true, subtree: true });
    });
});
