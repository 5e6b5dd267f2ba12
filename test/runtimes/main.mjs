// Node, Bun and Deno: `RUNTIME main.mjs BASE_URL API_KEY EXPECTED_RUNTIME ENV_KEY`. Arguments, not environment
// variables, carry the setup: Deno without --allow-env cannot read the environment.
import { formatResults, runScenario } from "./scenario.mjs";

const [baseUrl, apiKey, runtime, envKey] = (globalThis.Deno?.args ?? process.argv.slice(2));
const outcome = await runScenario({ baseUrl, apiKey, runtime, envKey });
console.log(formatResults(outcome));
