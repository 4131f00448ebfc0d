// Imported first by the element's entry: no eval (zod's probe) before any schema is built, so the
// element runs cleanly under a strict Content-Security-Policy (see src/embed/strict-csp.ts).
import { noEval } from '../embed/strict-csp.ts';

noEval();
