// The client assumes no runtime: each check below poses as Node, Bun, Deno, workerd or a browser.
import { afterEach, describe, expect, it, vi } from "vitest";
import { ConfigurationError, ConnectionError, createBlooioClient, USER_AGENT } from "../../src/index.js";
import { browserRefusal, connectionHint, isBrowser, readEnv, runtimeName } from "../../src/runtime.js";
import { testClient } from "../support/client.js";
import { FAKE_KEY } from "../support/data.js";
import { onePage, stubFetch } from "../support/stub-fetch.js";

const node = { process: { env: { BLOOIO_API_KEY: "from-node" }, versions: { node: "20.20.2" } } };
const bun = { Bun: { version: "1.4.5" }, process: { env: { BLOOIO_API_KEY: "from-bun" }, versions: { node: "24.3.0", bun: "1.4.5" } } };
const denoEnv = (get: (name: string) => string | undefined) => ({
  Deno: { env: { get }, version: { deno: "2.9.6" } },
  process: { env: {}, versions: { node: "24.2.0" } },
});
const workerd = { navigator: { userAgent: "Cloudflare-Workers" } };
const browser = { window: {}, document: {}, navigator: { userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140" } };

describe("readEnv", () => {
  it("reads process.env in Node and Bun", () => {
    expect(readEnv("BLOOIO_API_KEY", node)).toBe("from-node");
    expect(readEnv("BLOOIO_API_KEY", bun)).toBe("from-bun");
    expect(readEnv("MISSING", node)).toBeUndefined();
  });

  it("reads Deno.env, and counts a read Deno denies (no --allow-env) as unset instead of throwing", () => {
    expect(readEnv("BLOOIO_API_KEY", denoEnv((name) => (name === "BLOOIO_API_KEY" ? "from-deno" : undefined)))).toBe("from-deno");
    const denied = denoEnv(() => {
      throw Object.assign(new Error('Requires env access to "BLOOIO_API_KEY", run again with the --allow-env flag'), { name: "NotCapable" });
    });
    expect(readEnv("BLOOIO_API_KEY", denied)).toBeUndefined();
  });

  it("finds nothing where there is no environment (workerd, browsers)", () => {
    expect(readEnv("BLOOIO_API_KEY", workerd)).toBeUndefined();
    expect(readEnv("BLOOIO_API_KEY", browser)).toBeUndefined();
    expect(readEnv("BLOOIO_API_KEY", {})).toBeUndefined();
  });
});

describe("runtimeName and isBrowser", () => {
  it("names each runtime, asking Bun and Deno before the Node versions they also carry", () => {
    expect(runtimeName(node)).toBe("node/20.20.2");
    expect(runtimeName(bun)).toBe("bun/1.4.5");
    expect(runtimeName({ process: { versions: { node: "24.3.0", bun: "1.3.0" } } })).toBe("bun/1.3.0");
    expect(runtimeName(denoEnv(() => undefined))).toBe("deno/2.9.6");
    expect(runtimeName(workerd)).toBe("workerd");
    expect(runtimeName(browser)).toBe("browser");
    expect(runtimeName({})).toBe("js");
    expect(runtimeName()).toBe(`node/${process.versions.node}`);
  });

  it("takes a window with a document for a browser, but not a worker runtime that defines them", () => {
    expect(isBrowser(browser)).toBe(true);
    expect(isBrowser({ window: {} })).toBe(false); // a web worker, or a server-side stub
    expect(isBrowser({ ...browser, Deno: { version: { deno: "1.46.0" } } })).toBe(false);
    expect(isBrowser({ ...browser, navigator: { userAgent: "Cloudflare-Workers" } })).toBe(false);
    expect(isBrowser(node)).toBe(false);
    expect(isBrowser()).toBe(false);
  });

  it("puts the runtime in the User-Agent", () => {
    expect(USER_AGENT).toMatch(new RegExp(`; node/${process.versions.node}\\)$`));
  });
});

describe("the connection hint", () => {
  it("names CORS only in a browser", () => {
    expect(connectionHint(browser)).toContain("CORS");
    expect(connectionHint(node)).toBe("");
    expect(connectionHint(workerd)).toBe("");
  });

  it("refuses a browser unless dangerouslyAllowBrowser", () => {
    expect(browserRefusal(false, browser)).toMatch(/anyone who opens the page can read the API key.*dangerouslyAllowBrowser: true/);
    expect(browserRefusal(true, browser)).toBeUndefined();
    expect(browserRefusal(false, node)).toBeUndefined();
    expect(browserRefusal(false, workerd)).toBeUndefined();
  });
});

describe("the client in a browser (window and document stubbed)", () => {
  afterEach(() => vi.unstubAllGlobals());
  const inBrowser = () => {
    vi.stubGlobal("window", {});
    vi.stubGlobal("document", {});
  };

  it("throws ConfigurationError at construction without dangerouslyAllowBrowser", () => {
    inBrowser();
    expect(() => createBlooioClient({ apiKey: FAKE_KEY })).toThrow(ConfigurationError);
    expect(() => createBlooioClient({ apiKey: FAKE_KEY })).toThrow(/dangerouslyAllowBrowser/);
  });

  it("with dangerouslyAllowBrowser, lists and leaves the User-Agent to the browser", async () => {
    inBrowser();
    const stub = stubFetch(onePage);
    const result = await testClient(stub, { dangerouslyAllowBrowser: true }).chats.list();
    expect(result.data).toHaveLength(1);
    expect(stub.requests[0]!.headers.get("user-agent")).toBeNull();
  });

  it("says CORS is a likely cause when fetch fails", async () => {
    inBrowser();
    const fetch = async () => {
      throw new TypeError("Failed to fetch");
    };
    const error = await testClient({ fetch }, { dangerouslyAllowBrowser: true, maxRetries: 0 })
      .chats.list()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toMatch(/Failed to fetch \(in a browser, a likely cause is CORS/);
  });
});

describe("baseUrl with credentials", () => {
  it("is refused at construction without echoing the password", () => {
    for (const baseUrl of ["https://alice:s3cr3t-pw@api.example.test/v4", "https://s3cr3t-pw@api.example.test/v4"]) {
      let error: unknown;
      try {
        createBlooioClient({ apiKey: FAKE_KEY, baseUrl });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigurationError);
      expect((error as Error).message).toContain("must not contain credentials");
      expect((error as Error).message).not.toContain("s3cr3t-pw");
      expect(JSON.stringify(error)).not.toContain("s3cr3t-pw");
    }
  });

  it("does not echo the part before @ of a URL that does not parse either", () => {
    expect(() => createBlooioClient({ apiKey: FAKE_KEY, baseUrl: "https://alice:s3cr3t pw@api.example test" })).toThrow(
      /not a valid URL: "https:\/\/\[redacted\]@api\.example test"/,
    );
  });
});
