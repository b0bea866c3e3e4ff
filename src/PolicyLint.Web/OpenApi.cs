namespace PolicyLint.Web;

/// <summary>The OpenAPI 3.0 description served at /openapi.json, written by hand to match the endpoints in <see cref="WebApp"/>.</summary>
public static class OpenApi
{
    public const string Document = """
        {
          "openapi": "3.0.3",
          "info": {
            "title": "PolicyLint",
            "version": "1.0.0",
            "description": "Checks a complaints policy or self-assessment against the Housing Ombudsman's Complaint Handling Code. The response is the JSON report contract (schema policylint-report/1)."
          },
          "paths": {
            "/api/check": {
              "post": {
                "summary": "Check one document",
                "requestBody": {
                  "required": true,
                  "content": {
                    "multipart/form-data": {
                      "schema": {
                        "type": "object",
                        "required": ["file"],
                        "properties": {
                          "file": { "type": "string", "format": "binary", "description": "The policy or self-assessment: DOCX, PDF, HTML or text, judged by its bytes." },
                          "policy": { "type": "string", "format": "binary", "description": "A policy to cross-check a self-assessment with." },
                          "code": { "type": "string", "description": "Code version: hos-2024, hos-2022, hos-2020 or auto (default: hos-2024)." },
                          "asOf": { "type": "string", "format": "date", "description": "The date for date-dependent findings (default: today)." }
                        }
                      }
                    }
                  }
                },
                "responses": {
                  "200": { "description": "The JSON report. The header X-PolicyLint-Exit-Code carries the command line's exit code (1: conflicts found).", "content": { "application/json": { "schema": { "type": "object" } } } },
                  "400": { "description": "The request could not be run (a bad date, an unknown Code, no file).", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "413": { "description": "A file is larger than the upload limit.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "415": { "description": "Not multipart, or a file that is not PDF, DOCX, HTML or text.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "422": { "description": "The document could not be read.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } },
                  "503": { "description": "Too many checks are waiting; try again later.", "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Error" } } } }
                }
              }
            }
          },
          "components": {
            "schemas": {
              "Error": {
                "type": "object",
                "required": ["status", "error"],
                "properties": { "status": { "type": "integer" }, "error": { "type": "string" } }
              }
            }
          }
        }
        """;
}
