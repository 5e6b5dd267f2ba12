// `npm run spec:words`: the spec's prose is its own; a phrase of six words copied from a source is caught.
import { describe, expect, it } from "vitest";
import { prose, sharedWording } from "../../scripts/spec-words.js";

describe("spec:words", () => {
  const source = "The quick brown fox jumps over the lazy dog while everyone watches.";

  it("reports prose that shares six words in a row with a source, with where it is", () => {
    const ours = { paths: { "/x": { get: { summary: "Fox", description: "Watch how the quick brown fox jumps over the fence." } } } };
    expect(sharedWording(ours, [source])).toEqual([{ where: "paths./x.get.description", shares: "the quick brown fox jumps over" }]);
  });

  it("passes prose in its own words, case and punctuation aside, and five words in common", () => {
    const ours = { info: { description: "A quick, brown fox jumps: over a dog." }, components: { schemas: { A: { title: "The quick brown fox jumps", description: "Lazy dogs sleep." } } } };
    expect(sharedWording(ours, [source])).toEqual([]);
    expect(prose(ours).map(({ where }) => where)).toEqual(["info.description", "components.schemas.A.title", "components.schemas.A.description"]);
  });
});
