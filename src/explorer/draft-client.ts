/**
 * The review pages' calls: the queue, a draft, one mutation per decision, and finishing. Every
 * call carries the API key the page holds (see review-key.ts): drafts are the work of key holders.
 */
import { graphql } from './graphql-client';
import { authorization } from './review-key';

export type Decision = 'UNDECIDED' | 'ACCEPTED' | 'REJECTED';
export type DraftStatus = 'NEW' | 'IN_REVIEW' | 'DONE';

export interface ReviewQuote {
  quote: string;
  start: number;
  end: number;
}

export interface ItemFields {
  itemId: string;
  version: number;
  decision: Decision;
  proposal: { confidence: number; rule: string } | null;
  added: boolean;
  decidedBy: string | null;
  decidedAt: string | null;
}

export interface ReviewActor extends ItemFields {
  id: string;
  name: string;
  kind: string;
  aliases: string[];
  roles: string[];
  linkedTo: string | null;
  evidence: ReviewQuote[];
}

export interface ReviewRelation extends ItemFields {
  type: string;
  symmetric: boolean;
  from: string;
  to: string;
  time: string | null;
  place: string | null;
  description: string;
  evidence: ReviewQuote[];
}

export interface DecisionCounts {
  actors: number;
  relations: number;
  accepted: number;
  rejected: number;
  undecided: number;
}

export interface DraftSummary {
  id: string;
  status: DraftStatus;
  source: string;
  documentId: string;
  title: string;
  date: string | null;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  finishedBy: string | null;
  finishedAt: string | null;
  counts: DecisionCounts;
}

export interface ReviewDraft extends DraftSummary {
  text: string;
  warnings: string[];
  mentions: { itemId: string; start: number; end: number }[];
  actors: ReviewActor[];
  relations: ReviewRelation[];
}

export interface ReviewChange {
  changed: boolean;
  actors: ReviewActor[];
  relations: ReviewRelation[];
}

const SUMMARY = 'id status source documentId title date createdBy createdAt updatedAt finishedBy finishedAt counts { actors relations accepted rejected undecided }';
const ITEM = 'itemId version decision proposal { confidence rule } added decidedBy decidedAt';
const QUOTES = 'evidence { quote start end }';
const ACTOR = `${ITEM} id name kind aliases roles linkedTo ${QUOTES}`;
const RELATION = `${ITEM} type symmetric from to time place description ${QUOTES}`;
const DRAFT = `${SUMMARY} text warnings mentions { itemId start end } actors { ${ACTOR} } relations { ${RELATION} }`;
const CHANGE = `changed actors { ${ACTOR} } relations { ${RELATION} }`;

function call<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  return graphql<T>(query, variables, authorization());
}

export interface QueuePage {
  drafts: DraftSummary[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

export function reviewQueue(status: DraftStatus[] | null, first: number, after: string | null): Promise<QueuePage> {
  return call<{ reviewDrafts: { edges: { node: DraftSummary }[]; totalCount: number; pageInfo: { endCursor: string | null; hasNextPage: boolean } } }>(
    `query($status: [DraftStatus!], $first: Int, $after: String) {
      reviewDrafts(status: $status, first: $first, after: $after) { totalCount pageInfo { endCursor hasNextPage } edges { node { ${SUMMARY} } } }
    }`,
    { status, first, after },
  ).then(({ reviewDrafts }) => ({ drafts: reviewDrafts.edges.map((edge) => edge.node), totalCount: reviewDrafts.totalCount, ...reviewDrafts.pageInfo }));
}

/** Drafts a text; returns the new draft's id (the review page loads the draft itself). */
export function createReviewDraft(text: string, title: string | null, date: string | null): Promise<string> {
  return call<{ createReviewDraft: { id: string } }>(
    `mutation($text: String!, $title: String, $date: String) { createReviewDraft(text: $text, title: $title, date: $date) { id } }`,
    { text, title, date },
  ).then((data) => data.createReviewDraft.id);
}

export function reviewDraft(id: string): Promise<ReviewDraft | null> {
  return call<{ reviewDraft: ReviewDraft | null }>(`query($id: ID!) { reviewDraft(id: $id) { ${DRAFT} } }`, { id }).then((data) => data.reviewDraft);
}

export function reviewActor(input: Record<string, unknown>): Promise<ReviewChange> {
  return call<{ reviewActor: ReviewChange }>(`mutation($input: ReviewActorInput!) { reviewActor(input: $input) { ${CHANGE} } }`, { input }).then((data) => data.reviewActor);
}

export function reviewRelation(input: Record<string, unknown>): Promise<ReviewChange> {
  return call<{ reviewRelation: ReviewChange }>(`mutation($input: ReviewRelationInput!) { reviewRelation(input: $input) { ${CHANGE} } }`, { input }).then((data) => data.reviewRelation);
}

export function addReviewActor(input: Record<string, unknown>): Promise<ReviewChange> {
  return call<{ addReviewActor: ReviewChange }>(`mutation($input: AddReviewActorInput!) { addReviewActor(input: $input) { ${CHANGE} } }`, { input }).then((data) => data.addReviewActor);
}

export function addReviewRelation(input: Record<string, unknown>): Promise<ReviewChange> {
  return call<{ addReviewRelation: ReviewChange }>(`mutation($input: AddReviewRelationInput!) { addReviewRelation(input: $input) { ${CHANGE} } }`, { input }).then(
    (data) => data.addReviewRelation,
  );
}

export interface FinishedReview {
  draft: DraftSummary;
  ingest: { actorsCreated: number; actorsUpdated: number; relationsCreated: number; relationsUpdated: number; quotes: number };
}

export function finishReviewDraft(input: Record<string, unknown>): Promise<FinishedReview> {
  return call<{ finishReviewDraft: FinishedReview }>(
    `mutation($input: FinishReviewInput!) { finishReviewDraft(input: $input) { draft { ${SUMMARY} } ingest { actorsCreated actorsUpdated relationsCreated relationsUpdated quotes } } }`,
    { input },
  ).then((data) => data.finishReviewDraft);
}
