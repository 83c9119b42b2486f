/**
 * `npm run annotate -- <folder> --submit <address>`: sends each draft to a running service's
 * review queue (the `submitReviewDraft` mutation), so that a folder drafted on the command line is
 * reviewed in the page like a pasted text. The address is the link `npm start` prints (the key in
 * its fragment, as the page takes it) or the service's address with the key given by `API_KEY`.
 * The key goes in the Authorization header only; it is never printed.
 */
import { ApiKey } from '../config/config';
import { DraftAnnotation } from './draft.types';

const SUBMIT = 'mutation($draft: JSONObject!) { submitReviewDraft(draft: $draft) { id counts { actors relations } } }';

export class SubmitInputError extends Error {}

export interface SubmitTarget {
  /** The service's address, without path or fragment. */
  readonly serviceUrl: string;
  readonly key: string;
}

export interface Submitted {
  readonly draftId: string;
  /** The page that reviews it. */
  readonly reviewUrl: string;
}

/** Where and with which key to submit: the key of the link's `#key=` fragment, else the one configured key. */
export function submitTarget(address: string, configuredKeys: readonly ApiKey[]): SubmitTarget {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new SubmitInputError(`--submit: expected the service's address (http://host:port) or the review link npm start printed, found '${address}'`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new SubmitInputError(`--submit: expected an http:// or https:// address, found '${url.protocol}'`);
  const fromLink = new URLSearchParams(url.hash.slice(1)).get('key');
  const key = fromLink ?? (configuredKeys.length === 1 ? configuredKeys[0].key : null);
  if (key === null || key === '') {
    throw new SubmitInputError(
      `--submit: expected a key, in the link npm start printed (…/review#key=…) or set as API_KEY, found ${configuredKeys.length === 0 ? 'neither' : `${configuredKeys.length} configured keys and none in the link`}`,
    );
  }
  return { serviceUrl: url.origin, key };
}

/** The draft with its text inline (the queue keeps the text with the draft), sent to the queue. */
export async function submitDraft(target: SubmitTarget, annotation: DraftAnnotation, text: string): Promise<Submitted> {
  // The draft file names its text by path, which means nothing to the service.
  const document = Object.fromEntries(Object.entries(annotation.document).filter(([field]) => field !== 'textFile'));
  const draft = { ...annotation, document: { ...document, text } };
  const response = await fetch(`${target.serviceUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${target.key}` },
    body: JSON.stringify({ query: SUBMIT, variables: { draft } }),
  });
  const body = (await response.json().catch(() => null)) as { data?: { submitReviewDraft: { id: string } } | null; errors?: { message: string; extensions?: { code?: string } }[] } | null;
  const error = body?.errors?.[0];
  if (error !== undefined) throw new Error(`${error.message} (${error.extensions?.code ?? `HTTP ${response.status}`})`);
  const draftId = body?.data?.submitReviewDraft.id;
  if (draftId === undefined) throw new Error(`expected a GraphQL answer from ${target.serviceUrl}/graphql, found HTTP ${response.status}`);
  return { draftId, reviewUrl: `${target.serviceUrl}/review/draft?id=${encodeURIComponent(draftId)}` };
}
