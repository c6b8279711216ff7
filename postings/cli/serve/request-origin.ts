import type { IncomingHttpHeaders } from 'node:http';

/** Why a request from somewhere other than our own page is refused, or undefined when it is ours. */
export function foreignRequestReason(headers: IncomingHttpHeaders, port: number): string | undefined {
  const ownHosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  const host = headers.host;
  // A page on another site whose name now resolves to 127.0.0.1 (DNS rebinding) still sends its own Host.
  if (host === undefined || !ownHosts.includes(host.toLowerCase())) return `the Host “${host ?? ''}” is not this server`;
  const origin = headers.origin;
  if (origin !== undefined && !ownHosts.some((own) => origin.toLowerCase() === `http://${own}`)) {
    return `requests from “${origin}” are not accepted`;
  }
  // Browsers say where a request comes from even when they send no Origin (a GET from another page).
  const site = headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `requests from another site (${site}) are not accepted`;
  return undefined;
}
