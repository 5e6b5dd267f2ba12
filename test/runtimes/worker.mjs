// Cloudflare workerd: the scenario runs inside a request; the runner reads the lines from the response body.
import { formatResults, runScenario } from "./scenario.mjs";

export default {
  async fetch(_request, env) {
    const outcome = await runScenario({ baseUrl: env.BASE_URL, apiKey: env.API_KEY, runtime: "workerd", envKey: "absent" });
    return new Response(formatResults(outcome), { headers: { "content-type": "text/plain" } });
  },
};
