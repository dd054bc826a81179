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
        layout: 'StandaloneLayout',
      });
    });
});
