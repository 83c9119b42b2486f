/**
 * The key `npm start` makes for local use, as Jupyter makes its token: when the service listens
 * on loopback only and no key is configured, writes would otherwise be impossible, and a person
 * at the machine should not have to invent a key to review a draft. The key lives in this process
 * only (never written to a file or a log); the start-up line that carries it is a link that opens
 * the review page already authorised, the key in the link's fragment so that it never reaches
 * the server's request log. On any other interface, without a configured key, writes stay refused.
 */
import { randomBytes } from 'node:crypto';
import { userInfo } from 'node:os';
import { ApiKey, Config, KEY_NAME } from '../config/config';

/** The interfaces only this machine can reach. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** A key for this run, named after the person running it; null when keys are configured, the service is reachable from elsewhere, or LOCAL_KEY_ON_START is false. */
export function localKey(config: Pick<Config, 'apiKeys' | 'host' | 'localKeyOnStart'>): ApiKey | null {
  if (config.apiKeys.length > 0 || !config.localKeyOnStart || !isLoopback(config.host)) return null;
  return { name: localKeyName(), key: randomBytes(24).toString('base64url') };
}

/** The link that opens the review page with `key`; the fragment is read by the page and never sent. */
export function authorisedLink(serviceUrl: string, key: string): string {
  return `${serviceUrl}/review#key=${encodeURIComponent(key)}`;
}

/** The login name when it makes a readable reviewer name, else `local`. */
function localKeyName(): string {
  try {
    const name = userInfo().username;
    return KEY_NAME.test(name) ? name : 'local';
  } catch {
    // A user without an entry in the password database (some containers) has no name to give.
    return 'local';
  }
}
