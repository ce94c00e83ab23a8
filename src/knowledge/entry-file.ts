/**
 * Maps an entry id to the file name that holds it, so ids can be looked up without
 * loading every entry: "404" -> "status-404", "net::ERR_NAME_NOT_RESOLVED" ->
 * "net-err-name-not-resolved", "NS_ERROR_TRACKING_URI" -> "ns-error-tracking-uri",
 * "generic-4xx" -> "generic-4xx".
 */
export function entryFileName(id: string): string {
  if (/^\d{3}$/.test(id)) return `status-${id}`;
  if (id.startsWith('net::')) return 'net-' + id.slice(5).toLowerCase().replace(/_/g, '-');
  if (/^NS_[A-Z0-9_]+$/.test(id)) return id.toLowerCase().replace(/_/g, '-');
  return id;
}
