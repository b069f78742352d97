import type { QuestionOptions } from '@pa/contracts';

/** What the API puts in a question job. Identity and tenant come from the server, never from the body. */
export interface QuestionJobData {
  question: string;
  session_id: string | null;
  options: QuestionOptions | null;
  tenant: string;
  user_id: string;
  time_zone: string;
  created_at: string;
}

export interface QueueNames {
  prefix: string;
  queue: string;
}

/** Redis keys of our own, next to BullMQ's under the same prefix. */
export const keys = {
  events: (n: QueueNames, jobId: string) => `${n.prefix}:${n.queue}:events:${jobId}`,
  notify: (n: QueueNames, jobId: string) => `${n.prefix}:${n.queue}:notify:${jobId}`,
  cancel: (n: QueueNames, jobId: string) => `${n.prefix}:${n.queue}:cancel:${jobId}`,
  idempotency: (n: QueueNames, key: string) => `${n.prefix}:${n.queue}:idem:${key}`,
};
