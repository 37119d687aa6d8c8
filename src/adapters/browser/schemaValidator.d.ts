/** The plan-year schema compiled to Ajv standalone code at build time (webpack, `?validator`). */
declare module "*.schema.json?validator" {
  import type { ErrorObject } from "ajv";
  const validate: {
    (document: unknown): boolean;
    errors?: readonly ErrorObject[] | null;
  };
  export default validate;
}
