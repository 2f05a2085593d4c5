/** One problem found in a Kubernetes object. */
export interface ValidationIssue {
  /** Field path inside the object, e.g. `spec.template.spec.containers[0].image`; `''` for the object itself. */
  path: string;
  message: string;
}

/** The issues of one document of a multi-document YAML stream. */
export interface DocumentValidationResult {
  /** 0-based position of the document in the stream (empty documents are skipped but counted). */
  index: number;
  apiVersion?: string;
  kind?: string;
  name?: string;
  namespace?: string;
  issues: ValidationIssue[];
}

/** Validates Kubernetes objects against the upstream schemas found in a schema folder. */
export interface SchemaValidator {
  /** Validates one parsed object (e.g. the result of `yaml.parse`). Never throws. */
  validate(obj: unknown): ValidationIssue[];
  /** Parses multi-document YAML and validates every non-empty document. Never throws. */
  validateDocuments(yamlText: string): DocumentValidationResult[];
}

export interface SchemaValidatorOptions {
  /**
   * Folder holding CRD YAML files and Kubernetes OpenAPI v3 JSON documents, searched recursively.
   * Defaults to the `HOMEPORT_SCHEMAS_DIR` environment variable.
   */
  schemaDir?: string;
  /** Paths relative to `schemaDir` (files or folders, `/`-separated) to ignore. */
  exclude?: string[];
}
