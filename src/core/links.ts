// What counts as a link the add-on will show or write as a link: a web address, http or https only.

/**
 * A host name's labels: no '@' or ':' (so no user name or password part: in
 * "https://google.com@evil.example/" the host is evil.example), no '\' (browsers read it as '/') and no '%'
 * (a host does not need one, and "%40" would decode to '@').
 */
const WEB_ADDRESS = /^https?:\/\/[^\s/?#.@:\\%]+(\.[^\s/?#.@:\\%]+)*(:\d+)?([/?#]\S*)?$/i;

/**
 * An http or https address with a host name and nothing before the host: no javascript:, data: or mailto:,
 * no user name or password (which makes an address look like one site and open another), no stray spaces.
 */
export function isWebAddress(url: string): boolean {
  return WEB_ADDRESS.test(url.trim());
}
