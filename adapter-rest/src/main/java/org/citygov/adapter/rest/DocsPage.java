package org.citygov.adapter.rest;

/** The page at {@code /docs}: Swagger UI from its webjar, served by this API (no CDN), showing /openapi.json. */
final class DocsPage {

    private DocsPage() {
    }

    static String html(String swaggerUiVersion) {
        String base = "/webjars/swagger-ui/" + swaggerUiVersion + "/";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                  <meta charset="utf-8">
                  <title>CityGov API</title>
                  <link rel="stylesheet" href="%1$sswagger-ui.css">
                </head>
                <body>
                  <div id="swagger-ui"></div>
                  <script src="%1$sswagger-ui-bundle.js"></script>
                  <script>
                    window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui",
                      persistAuthorization: true });
                  </script>
                </body>
                </html>
                """.formatted(base);
    }
}
