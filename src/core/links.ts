// What counts as a link the add-on will show or write as a link: a web address, http or https only.

/** An http or https address with a host name, nothing else (no javascript:, data:, mailto: or stray spaces). */
export function isWebAddress(url: string): boolean {
  return /^https?:\/\/[^\s/?#.]+(\.[^\s/?#.]+)*(:\d+)?([/?#]\S*)?$/i.test(url.trim());
}
