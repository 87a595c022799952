// Starts Swagger UI on /openapi.json: a file of its own, since the Content Security Policy forbids inline script.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
});
