// What a browser would fetch from the network on opening an HTML page: the offline check of `npm run docs`.

/** Everything in the page that a browser would fetch from the network on opening it. */
export function remoteLoads(html: string): string[] {
  const found: string[] = [];
  const remote = /^\s*["']?(?:https?:)?\/\//i;
  for (const [, tag, attribute, value] of html.matchAll(/<(script|link|img|iframe|source|video|audio|embed|object)\b[^>]*?\b(src|href|data)=["']?([^"'\s>]+)/gi)) {
    // An <a href> is a link the reader may follow; a <link href> (stylesheet, preload) is fetched at once.
    if (remote.test(value!)) found.push(`<${tag} ${attribute}=${value}>`);
  }
  for (const [, value] of html.matchAll(/url\(\s*["']?([^"')]+)/gi)) if (remote.test(value!)) found.push(`url(${value})`);
  for (const [, value] of html.matchAll(/@import\s+["']([^"']+)/gi)) if (remote.test(value!)) found.push(`@import ${value}`);
  for (const [, value] of html.matchAll(/(?<!@)\bimport\s*(?:\{[^}]*\}\s*from\s*)?["'](https?:\/\/[^"']+)/g)) found.push(`import ${value}`);
  return found;
}
